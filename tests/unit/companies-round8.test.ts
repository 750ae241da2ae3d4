/**
 * Which company raised, round 8 (batch 8's wrong companies): a company's legal form written with periods does not end its
 * sentence ("Blu Smart Mobility Pvt. Ltd, an electric taxi platform, has raised"), and the prefixes the Indian and startup
 * press puts in front of a name are not part of it ("Bhavish Agarwal-led Ola Electric", "NBFC Infinity Fincorp").
 * Negatives: companies-round8.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { firstNameBefore, isOpeningWord, namesIn, subjectBefore, withoutNamePrefixes } from '../../utils/companies';
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

describe('withoutNamePrefixes, round 8: the modifiers in front of a name', () => {
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
  ])('%s: "%s" → "%s"', (_why, name, want) => expect(withoutNamePrefixes(name)).toBe(want));
});

describe('namesIn, round 8: an acronym glossing a descriptor is not one of the names listed', () => {
  it.each<[string, string, string[]]>([
    ['"point of sales (PoS) provider Innoviti"',
      'The list was followed by software platform SingleInterface, housing finance company Nivara Home Finance, payment gateway and point of sales (PoS) provider Innoviti, and banking firm M2P Fintech which raised ',
      ['SingleInterface', 'Nivara Home Finance', 'Innoviti', 'M2P Fintech']],
    ['"software-as-a-service (SaaS) startup Zeta"', 'Logistics firm Shipa and software-as-a-service (SaaS) startup Zeta which raised ', ['Shipa', 'Zeta']],
    ['French: "ressources humaines (RH)"', 'La plateforme de ressources humaines (RH) Lucca et la fintech Qonto qui ont levé ', ['Lucca', 'Qonto']],
    ['French: "intelligence artificielle (IA)"', 'La start-up d’intelligence artificielle (IA) Mistral et Hugging Face, qui ont levé ', ['Mistral', 'Hugging Face']],
  ])('%s', (_why, text, want) => expect(namesIn(text)).toEqual(want));
});

describe('firstNameBefore, round 8: an adjective or participle opening the sentence is not the company', () => {
  it.each<[string, string, string, string]>([
    ['"Active dans …, la jeune société X vient de lever"',
      'Active dans le secteur de la publicité digitale en rue, la jeune société Elise Technologies vient en effet de lever §.', 'lever', 'Elise Technologies'],
    ['"Présente dans 12 pays, la fintech X a levé"', 'Présente dans 12 pays, la fintech Lydia a levé §.', 'levé', 'Lydia'],
    ['"Positionné sur le B2B, X lève"', 'Positionné sur le marché du logiciel, Hopscotch lève §.', 'lève', 'Hopscotch'],
    ['"Focused on fleets, X raised"', 'Focused on electric fleets, Zity raised §.', 'raised', 'Zity'],
    ['"Known for its app, X has raised"', 'Known for its budgeting app, Cleo has raised §.', 'raised', 'Cleo'],
  ])('%s', (_why, sentence, verb, want) => expect(firstNameBefore(sentence, sentence.indexOf(verb))).toBe(want));
});

describe('isOpeningWord, round 8: caption labels and the trade’s generic nouns name no company alone', () => {
  it.each(['Photo', 'Photos', 'Image', 'Crédits', 'Credit', 'Courtesy', 'Légende', 'Source', 'VC', 'VCs', 'PE', 'IPO', 'Active', 'Présente', 'Focused', 'Experts', 'Analysts', 'Venture', 'Analystes'])(
    '%s', (word) => expect(isOpeningWord(word)).toBe(true));
});

describe('subjectBefore, round 8: a French adverb between the subject and its verb', () => {
  it.each<[string, string, string, string]>([
    ['"vient en effet de lever"', 'Active dans la publicité digitale, la jeune société Elise Technologies vient en effet de lever §.', 'lever', 'Elise Technologies'],
    ['"vient tout juste de boucler"', 'La fintech Lydia vient tout juste de boucler une levée de §.', 'boucler', 'Lydia'],
    ['"a en effet levé"', 'Hopscotch a en effet levé § auprès de Bpifrance.', 'levé', 'Hopscotch'],
    ['"a également bouclé"', 'Qonto a également bouclé un tour de §.', 'bouclé', 'Qonto'],
    ['"viennent donc de lever"', 'Alan et Swile viennent donc de lever §.', 'lever', 'Swile'],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))?.name).toBe(want));
});

describe('firstNameBefore, round 8: an adverb and its conjunction opening the sentence', () => {
  it.each<[string, string, string, string]>([
    ['"Even as …"', 'Even as election fever gripped the country this week, Innovapptive raised §.', 'raised', 'Innovapptive'],
    ['"Just as …"', 'Just as rates rose, Kuvera closed §.', 'closed', 'Kuvera'],
    ['"Même si …"', 'Même si le marché ralentit, Qonto a levé §.', 'levé', 'Qonto'],
    ['"Alors que …"', 'Alors que les taux montent, Alan a levé §.', 'levé', 'Alan'],
  ])('%s', (_why, sentence, verb, want) => expect(firstNameBefore(sentence, sentence.indexOf(verb))).toBe(want));
});

describe('splitSentences, round 8: a long dotted run', () => {
  // Its time is measured by the benchmark's hostile phase (scripts/bench/hostile.ts); here, what it returns.
  it('"S.A." repeated 20,000 times keeps the whole text in its spans', () => {
    const run = 'S.A.'.repeat(20_000);
    const spans = splitSentences(`Acme ${run} raised money.`);
    expect(spans.map((s) => s.text).join(' ')).toBe(`Acme ${run} raised money.`);
  });
});
