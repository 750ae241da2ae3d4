import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 12 (batch 10 of real scraped pages): general shapes behind what the
 * text detectors missed or misnamed, each with invented instances of other
 * outlets' wording (EN and FR). A row passes when a finding of its kind
 * covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

const CAPTION = 'Workers test a robot arm at the Acme plant in Columbus, Ohio, on Tuesday, ahead of the opening of its second factory.';
const LEGENDE = 'Des salariés testent un bras robotisé dans l’usine Robotix de Villeurbanne, mardi, avant l’ouverture du second site.';

/** UTF-8 quotes and dashes read through another script's code page, the continuation bytes lost: one foreign letter left. */
const LONE_LEAD_MOJIBAKE: Row[] = [
  { name: 'Windows-874: "cityโs" (apostrophe) and "council โ Houston" (dash)', paragraphs: [HEADLINE, 'The cityโs council approved the plan on Tuesday.', 'Lawsuit filed over seats on city council โ Houston Public Media', ...BODY], kind: 'mojibake', text: 'โ' },
  { name: 'Windows-1251: "donвt" and "plan в and"', paragraphs: [HEADLINE, 'We donвt expect the plan to change, the chief executive said.', 'The robots в and the software that runs them в ship in March.', ...BODY], kind: 'mojibake', text: 'в' },
  { name: 'Windows-1253: "companyβs" glued apostrophe', paragraphs: [HEADLINE, 'The companyβs shares rose 4% after the announcement.', ...BODY], kind: 'mojibake', text: 'β' },
  { name: 'French, Windows-874: "lโentreprise" and "dโeuros"', paragraphs: [TITRE, 'Selon lโentreprise, la levée de 5 millions dโeuros servira à recruter.', ...CORPS], kind: 'mojibake', text: 'โ' },
  { name: 'French, Windows-1251: "qu" elision "quвil"', paragraphs: [TITRE, 'Le fondateur estime quвil faudra deux ans pour ouvrir Berlin.', ...CORPS], kind: 'mojibake', text: 'в' },
];

/** A caption printed once bare, once with a labelled credit after a bar or a bullet. */
const BAR_CREDIT_CAPTIONS: Row[] = [
  { name: 'The Hindu: "… | Photo Credit: M.A. NAME"', paragraphs: [HEADLINE, CAPTION, `${CAPTION} | Photo Credit: M.A. SRIRAM`, ...BODY], kind: 'duplicated-caption', text: CAPTION },
  { name: '"… | Image: Jane Doe"', paragraphs: [HEADLINE, CAPTION, `${CAPTION} | Image: Jane Doe`, ...BODY], kind: 'duplicated-caption', text: CAPTION },
  { name: '"… • Photograph: Jane Doe/Reuters"', paragraphs: [HEADLINE, CAPTION, `${CAPTION} • Photograph: Jane Doe/Reuters`, ...BODY], kind: 'duplicated-caption', text: CAPTION },
  { name: 'French: "… | Crédit photo : Jean Dupont"', paragraphs: [TITRE, LEGENDE, `${LEGENDE} | Crédit photo : Jean Dupont`, ...CORPS], kind: 'duplicated-caption', text: LEGENDE },
];

/** The dek printed again under the lead photo's credit set in capitals. */
const CAPS_CREDIT_CAPTIONS: Row[] = [
  { name: 'a magazine dek again under "KEVIN SCANLON"', paragraphs: [HEADLINE, CAPTION, 'KEVIN SCANLON', CAPTION, ...BODY], kind: 'duplicated-caption', text: CAPTION },
  { name: 'under "JANE DOE / REUTERS"', paragraphs: [HEADLINE, CAPTION, 'JANE DOE / REUTERS', CAPTION, ...BODY], kind: 'duplicated-caption', text: CAPTION },
  { name: 'French: under "JEAN DUPONT/AFP"', paragraphs: [TITRE, LEGENDE, 'JEAN DUPONT/AFP', LEGENDE, ...CORPS], kind: 'duplicated-caption', text: LEGENDE },
];

const TEASER = 'The company said on Tuesday that the new plant would open next spring, and that a second site in Texas was under study. Savings or new money...';
const ACCROCHE = 'Le fondateur a indiqué mardi que la nouvelle usine ouvrirait au printemps et qu’un second site était à l’étude. Économies ou argent frais...';

/** A teaser cut with three ASCII dots right above a paywall's reading notice or its "not a subscriber yet" button. */
const PAYWALL_NOTICE_CUTS: Row[] = [
  { name: 'French trade magazine: "Vous lisez un article de la revue … n° 5943"', paragraphs: [TITRE, CORPS[0]!, ACCROCHE, 'Vous lisez un article de la revue Moniteur n° 5943 du 06/10/2017', 'PAS ENCORE ABONNÉ'], kind: 'truncated-sentence', text: 'Économies ou argent frais...' },
  { name: 'French: "Pas encore abonné ?" right under the cut', paragraphs: [TITRE, CORPS[0]!, ACCROCHE, 'Pas encore abonné ?', 'Découvrez nos offres'], kind: 'truncated-sentence', text: 'Économies ou argent frais...' },
  { name: '"You are reading a preview of this article"', paragraphs: [HEADLINE, BODY[0]!, TEASER, 'You are reading a preview of this article.', 'Subscribe'], kind: 'truncated-sentence', text: 'Savings or new money...' },
  { name: '"Not a subscriber yet?"', paragraphs: [HEADLINE, BODY[0]!, TEASER, 'Not a subscriber yet? See our offers', 'Log in'], kind: 'truncated-sentence', text: 'Savings or new money...' },
];

const LEAD = 'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund, its third round in two years.';
const CHAPO = 'La start-up lyonnaise a levé 5 millions d’euros auprès de plusieurs fonds pour recruter une vingtaine de personnes d’ici l’été.';

/** The lead photo's caption copying the body's first sentences, over a credit line; the body copy behind a run-in label. */
const CAPTION_COPIES_BODY: Row[] = [
  { name: '"(Getty Images/Brand X)" under the caption, "TV guide: …" in the body', paragraphs: [HEADLINE, LEAD, '(Getty Images/Brand X)', BODY[1]!, `Robots: ${LEAD} ${BODY[2]!}`], kind: 'duplicated-caption', text: LEAD },
  { name: '"(AFP/Jane Doe)" under the caption, the copy opening a longer paragraph', paragraphs: [HEADLINE, LEAD, '(AFP/Jane Doe)', BODY[1]!, `${LEAD} ${BODY[2]!}`], kind: 'duplicated-caption', text: LEAD },
  { name: '"Photo: Jane Doe/Reuters" under the caption', paragraphs: [HEADLINE, LEAD, 'Photo: Jane Doe/Reuters', BODY[0]!, `The deal: ${LEAD} ${BODY[2]!}`], kind: 'duplicated-caption', text: LEAD },
  { name: 'French: "(Photo : Jean Dupont/AFP)" under the caption', paragraphs: [TITRE, CHAPO, '(Photo : Jean Dupont/AFP)', CORPS[1]!, `Financement : ${CHAPO} ${CORPS[2]!}`], kind: 'duplicated-caption', text: CHAPO },
];

const ROWS: Array<[string, Row[]]> = [
  ['captions copying the body, over a credit', CAPTION_COPIES_BODY],
  ['teasers cut above a paywall notice', PAYWALL_NOTICE_CUTS],
  ['lone code-page lead bytes', LONE_LEAD_MOJIBAKE],
  ['captions with a credit after a bar', BAR_CREDIT_CAPTIONS],
  ['captions under a credit in capitals', CAPS_CREDIT_CAPTIONS],
];

for (const [group, rows] of ROWS) {
  describe(`round 12 text detectors: ${group}`, () => {
    it.each(rows)('$name', ({ paragraphs, kind, text }) => {
      const found = findArtifacts({ paragraphs });
      expect(found.some((a) => a.kind === kind && a.text.includes(text))).toBe(true);
    });
  });
}

describe('round 12: repairs', () => {
  it('a glued lone lead reads as an apostrophe', () => {
    const found = findArtifacts({ paragraphs: [HEADLINE, 'The cityโs council met.', 'It met โ again.', ...BODY] });
    expect(found.filter((a) => a.kind === 'mojibake').map((a) => a.fix)).toEqual(['’', null]);
  });
});
