/**
 * Which company raised, round 10 (batch 9's misses, generalised): rows of our own invention, English and French, one shape per
 * block. The shapes: the outlet or person told ("tells TechCrunch that it", "a confié aux Echos") is never the raiser; words
 * a sentence, a caption or a pitch opens with ("Want to …", "We’ve", "Bringing …", "Pourquoi …", "Image Credit") are no name;
 * an investor's verb of backing names the company as its object ("leading a § investment in X"); a first person raising "for
 * X’s round" names X; an alias after the name ("X, aka Y") is not the name; a French nationality noun ("le Suédois Voi") is
 * not part of it. Negatives: companies-round10.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isOpeningWord, subjectBefore, withoutNamePrefixes } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

/** The scorer's comparison: a legal form ("Inc.", "Ltd") does not change the company. */
const LEGAL = /(?:\s+|,\s*)(?:inc|ltd|limited|llc|plc|corp|co|gmbh|sa|sas|pvt|private)\.?$/i;
const bare = (name: string | null | undefined): string | null => (name == null ? null : name.replace(LEGAL, '').replace(LEGAL, ''));
const companyOf = (paragraphs: string[]): string | null => bare(readFunding({ paragraphs }).deals[0]?.company);

describe('readFunding, round 10: the one told is not the raiser', () => {
  it.each<[string, string[]]>([
    ['Felt', ['Felt raises $15M to build collaborative maps', 'Today, the collaborative software startup tells TechCrunch that it recently closed a $15 million Series A led by Footwork.']],
    ['Kiplo', ['Kiplo lève 8 millions d’euros', 'La fintech nantaise a confié aux Echos avoir levé 8 millions d’euros auprès de Partech.']],
    ['Orbital', ['Orbital raises $20 million', 'The space startup told Reuters that it had raised $20 million in a Series A led by Lux Capital.']],
    ['Tessera', ['Tessera has told Business Insider it raised $12 million in a seed round led by Accel.']],
    ['Nuvia', ['Nuvia tells VentureBeat that it has closed a $9 million seed round led by Greylock.']],
    ['Mirakl', ['Mirakl a indiqué à l’AFP avoir levé 300 millions de dollars auprès de Silver Lake.']],
    ['Quilt', ['Quilt raises $10M for AI accounting', 'The Boston company told TechCrunch in an interview that it raised $10 million in a round led by Index Ventures.']],
    ['Lunaphore', ['Lunaphore lève 40 millions de francs', 'La medtech vaudoise a déclaré au Temps qu’elle avait levé 40 millions de francs auprès de Swisscom Ventures.']],
  ])('%s', (want, paragraphs) => expect(companyOf(paragraphs)).toBe(want));
});

describe('subjectBefore, round 10: the teller, not the one told', () => {
  it.each<[string, string, string | null]>([
    ['an outlet after "tells"', 'Acme tells TechCrunch that it recently raised §.', null],
    ['an outlet after "told"', 'Acme told Bloomberg it raised §.', null],
    ['a French outlet after "a confié aux"', 'La start-up a confié aux Echos avoir levé §.', null],
    ['a person after "told"', 'The company told Jane Doe that it raised §.', null],
  ])('%s', (_why, sentence, _want) => {
    const verb = /(?:raised|levé)(?= §)/u.exec(sentence)!;
    const hit = subjectBefore(sentence, verb.index);
    expect(hit?.name ?? '').not.toMatch(/TechCrunch|Bloomberg|Echos|Jane Doe/);
  });
});

describe('isOpeningWord, round 10: pitch, caption and participle openers are no name', () => {
  it.each<string>(['Want', 'Need', 'Bringing', 'Bought', 'Acquired', 'Taking', 'Pourquoi', 'Comment', 'We’ve', "We're", 'It’s', 'Let’s', 'Image Credit', 'Photo Credit', 'Crédit Photo', 'Image Source', 'Photo Courtesy'])(
    '"%s" is an opening word', (word) => expect(isOpeningWord(word)).toBe(true));
});

describe('readFunding, round 10: openers and captions do not become the company', () => {
  it.each<[string, string[]]>([
    ['Betaworks', ['Want to invest in startups but don’t have the money to play in big funding rounds?', 'Betaworks announced that it had raised another $20 million in funding led by RRE Ventures.']],
    ['Medal', ['Medal raises $9 million for short-form gaming videos', 'Image Credit: Medal', 'Medal has raised $9 million in a round led by Horizons Ventures.']],
    ['Meero', ['Pourquoi on en parle.', 'La plateforme Meero a annoncé mercredi avoir réalisé une nouvelle levée de fonds de 230 millions de dollars.']],
  ])('%s', (want, paragraphs) => expect(companyOf(paragraphs)).toBe(want));
});

describe('subjectBefore, round 10: an investor backing a named company', () => {
  it.each<[string, string, string]>([
    ['"leading a § investment in"', 'Andreessen also announced a notable deal this week, leading a § Series A investment in Metatheory.', 'Metatheory'],
    ['"co-led the § round in"', 'Index Ventures said it co-led the § round in Paywise.', 'Paywise'],
    ['"participating in a § seed round for"', 'Sequoia also made news, participating in a § seed round for Loomly.', 'Loomly'],
    ['French "menant un tour de table de § dans"', 'Partech a aussi annoncé un deal, menant un tour de table de § dans Kiplo.', 'Kiplo'],
  ])('%s', (_why, sentence, want) => {
    const verb = /(?:announced|said|made|a aussi annoncé)(?= )/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('subjectBefore, round 10: a first person raising for a named owner’s round', () => {
  it.each<[string, string, string]>([
    ['"We’ve raised § for X’s B Round"', 'We’ve raised § for Luma Health’s B Round', 'Luma Health'],
    ['"We raised § for X’s Series A"', 'We raised § for Acme’s Series A', 'Acme'],
    ['"We have raised § for X’s seed round"', 'We have raised § for Orbix’s seed round.', 'Orbix'],
    ['French "Nous avons levé § pour la série A de X"', 'Nous avons levé § pour la série A de Kiplo.', 'Kiplo'],
  ])('%s', (_why, sentence, want) => {
    const verb = /(?:raised|levé)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('subjectBefore, round 10: an alias after the name', () => {
  it.each<[string, string, string]>([
    ['", aka Y,"', 'London-based fintech focused on pensions, Smart, aka SmartPension, has secured §.', 'Smart'],
    ['", formerly Y,"', 'Nuvo, formerly Bluejay, raised §.', 'Nuvo'],
    ['", also known as Y,"', 'Kestrel, also known as Kestrel Robotics, has raised §.', 'Kestrel'],
    ['", anciennement Y,"', 'Qonto, anciennement Ulule Bank, a levé §.', 'Qonto'],
  ])('%s', (_why, sentence, want) => {
    const verb = /(?:has secured|raised|has raised|a levé)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('withoutNamePrefixes, round 10: a French nationality noun before the name', () => {
  it.each<[string, string]>([
    ['Suédois Voi', 'Voi'],
    ['Allemand Flix', 'Flix'],
    ['l’Allemand Flix', 'Flix'],
    ['Britannique Revolut', 'Revolut'],
    ['Lyonnais Sigfox Labs', 'Sigfox Labs'],
    ['Américaine OpenAI', 'OpenAI'],
  ])('"%s" → %s', (name, want) => expect(withoutNamePrefixes(name)).toBe(want));
});

describe('subjectBefore, round 10: a perfect participle has the main clause’s subject', () => {
  it.each<[string, string, string]>([
    ['a bullet, a descriptor, then ", having raised"', '- AI-enabled matrimony startup Betterhalf raised the largest funding round this week, having raised § from FinSight Ventures.', 'Betterhalf'],
    ['a plain subject, then ", having secured"', 'Kinetik doubled its headcount in 2023, having secured § from Atomico.', 'Kinetik'],
    ['", after having raised"', 'Orbix opened three dark stores in Lyon, after having raised § in seed funding.', 'Orbix'],
    ['French ", après avoir levé"', 'La fintech nantaise Kiplo a recruté 40 personnes, après avoir levé § auprès de Partech.', 'Kiplo'],
    ['French ", ayant levé"', 'Lunaphore, ayant levé § en 2021, prépare son entrée en bourse.', 'Lunaphore'],
  ])('%s', (_why, sentence, want) => {
    const verb = /(?:raised|secured|levé)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});
