/**
 * Round 16 (review of round 15 and batch 12): which sentences tell a round. Invented sentences, EN and FR; each row is read by
 * readFigure on the masked sentence (every figure written "§"). The look-alikes that must stay other money are in
 * deals-round16.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 16: a plural verb whose subject is the company\'s own people or partners keeps its round', () => {
  it.each([
    // a possessive before the subject: people or partners of a raiser told before
    'Tilvo and its partners have raised § in a seed round led by Balderton.',
    'Tilvo et ses partenaires ont levé § auprès de Serena.',
    'Leurs trois partenaires ont levé § pour la jeune pousse.',
    // the company's people from the lexicon, with a "co-" prefix
    'Ses deux cofondatrices ont levé § auprès de business angels.',
    'Les deux cofondatrices ont levé § auprès de Kima Ventures.',
    // officers, team and kinship nouns
    'The Tilvo team have raised § in a pre-seed round.',
    'The twins have raised § from Seedcamp for their bakery chain.',
    'Les deux frères ont levé § pour développer leur marque.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 16: a fund named inside an apposition is not the subject of the round', () => {
  it.each([
    'Norvela, déjà soutenue par le fonds Eurazeo, a finalisé un tour de table de §.',
    'Norvela, whose backers include the venture capital firm Atomico, unveiled a funding round of § on Tuesday.',
    'Norvela, accompagnée depuis 2021 par une société de gestion lyonnaise, a bouclé une levée de fonds de §.',
    'Backed by the fund Frontline, Norvela has closed a round of §.',
    'Norvela, which counts an asset manager among its shareholders, has raised §.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 16: an acquisition told as the purpose of the money does not veto the round', () => {
  it.each([
    'Quorly raised § to fund acquisitions across Europe.',
    'Quorly raised § in order to pursue further acquisitions.',
    'Quorly a levé § pour financer des acquisitions en Espagne.',
    'Quorly a levé § afin de financer le rachat de deux concurrents.',
    'Quorly closed a round of § to finance a takeover of two smaller rivals.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});
