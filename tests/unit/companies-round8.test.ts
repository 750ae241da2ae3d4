/**
 * Which company raised, round 8 (batch 8's wrong companies): a company's legal form written with periods does not end its
 * sentence ("Blu Smart Mobility Pvt. Ltd, an electric taxi platform, has raised"), and the prefixes the Indian and startup
 * press puts in front of a name are not part of it ("Bhavish Agarwal-led Ola Electric", "NBFC Infinity Fincorp").
 * Negatives: companies-round8.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { withoutPlacePrefix } from '../../utils/companies';
import { splitSentences } from '../../utils/sentences';

const texts = (p: string): string[] => splitSentences(p).map((s) => s.text);

describe('splitSentences, round 8: a dotted legal form inside a sentence', () => {
  it.each<[string, string]>([
    ['"Pvt. Ltd, an electric…"', 'Blu Smart Mobility Pvt. Ltd, an electric taxi-hailing platform, has raised Rs 37 crore.'],
    ['"Pvt. Ltd. has raised"', 'Zeta Payments Pvt. Ltd. has raised $20 million from Tiger Global.'],
    ['"Pte. Ltd., a Singapore firm"', 'Nova Robotics Pte. Ltd., a Singapore firm, closed a Series A.'],
    ['"Pty. Ltd" (Australia)', 'Koala Labs Pty. Ltd secured A$5 million in seed funding.'],
    ['"Sdn. Bhd." (Malaysia)', 'Kedai Tech Sdn. Bhd. Raised RM 10 million this week, the founders said.'],
    ['"S.A. a annoncé"', 'La société Dupont Industries S.A. a annoncé une levée de 12 millions d’euros.'],
    ['"S.A.S. Lève" (a title-cased verb)', 'Hopscotch Robotics S.A.S. Lève 4 millions d’euros auprès de Bpifrance.'],
    ['"et Cie. Ont levé"', 'Martin et Cie. Ont levé 3 millions d’euros.'],
    ['"Inc. 2024" (a figure)', 'Acme Robotics Inc. 2024 revenue reached $40 million, it said.'],
    ['"S.p.A. Raised"', 'Fabbrica Digitale S.p.A. Raised €8 million from Italian investors.'],
  ])('%s stays one sentence', (_why, paragraph) => {
    expect(texts(paragraph)).toEqual([paragraph]);
  });
});

describe('withoutPlacePrefix, round 8: the modifiers in front of a name', () => {
  it.each<[string, string, string]>([
    ['a founder leads it', 'Bhavish Agarwal-led Ola Electric', 'Ola Electric'],
    ['a celebrity backs it', 'Deepika Padukone-backed Blu Smart', 'Blu Smart'],
    ['a fund backs it', 'Tiger Global-backed Zeta', 'Zeta'],
    ['one word', 'SoftBank-backed Ola', 'Ola'],
    ['an en dash', 'Sequoia–funded Acme Labs', 'Acme Labs'],
    ['a lower-case backer', 'VC-backed Nova Health', 'Nova Health'],
    ['founded by a unicorn’s alumni', 'Flipkart-founded Navi', 'Navi'],
    ['a sector acronym', 'NBFC Infinity Fincorp', 'Infinity Fincorp'],
    ['a D2C brand', 'D2C Bombay Shaving Company', 'Bombay Shaving Company'],
    ['two acronyms', 'B2B SaaS Zeta Suite', 'Zeta Suite'],
    ['a descriptor closing on a kind noun', 'Edtech unicorn Physics Wallah', 'Physics Wallah'],
    ['SaaS startup', 'SaaS startup Acme', 'Acme'],
    ['French: une jeune pousse', 'Cleantech jeune pousse Hoppen', 'Hoppen'],
    ['two descriptor words', 'Mobility electric start-up Zity', 'Zity'],
    ['a place, then a backer', 'Bengaluru-based Accel-backed Nova', 'Nova'],
  ])('%s: "%s" → "%s"', (_why, name, want) => expect(withoutPlacePrefix(name)).toBe(want));
});
