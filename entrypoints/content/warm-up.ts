/**
 * The funding and artifact readers are fast once warm, but their first call
 * in a fresh content script compiles hundreds of regular expressions and
 * their code: several hundred milliseconds in one task, on top of the real
 * work. Calling each reader's parts once on a short generic sentence, each in
 * a task of its own, spreads that cold start over small tasks the page can
 * run between. The results are thrown away; nothing here is about any
 * particular article.
 */
import { findArtifacts } from '../../utils/artifacts';
import { fundingVerbAt } from '../../utils/deals';
import { readFunding } from '../../utils/funding';
import { findInvestorMentions } from '../../utils/investors';
import { findMoney } from '../../utils/money';
import { findNameRuns } from '../../utils/names';
import { findRounds } from '../../utils/rounds';
import { splitSentences } from '../../utils/sentences';

/** A generic funding sentence (English and French) that walks the readers' main paths. */
const SAMPLE_EN = 'Acme Robotics, a Berlin-based startup, said on Monday it had raised $12 million (€11 million) in a Series A round led by Example Ventures, with participation from Sample Capital and Demo Partners, valuing it at $100 million.';
const SAMPLE_FR = 'La jeune pousse Exemple a levé 5 millions d’euros auprès de Fonds Démo, après un tour de table de 2 M€ en 2021.';
const PARAGRAPHS = [SAMPLE_EN, SAMPLE_FR];

/** One warm-up per task, cheapest parts first so each later one finds more already compiled. */
export const WARM_UPS: { name: string; run: () => unknown }[] = [
  { name: 'warm:sentences', run: () => PARAGRAPHS.map((p) => splitSentences(p)) },
  { name: 'warm:money', run: () => [findMoney(SAMPLE_EN, { lang: 'en' }), findMoney(SAMPLE_FR, { lang: 'fr' })] },
  { name: 'warm:rounds', run: () => PARAGRAPHS.map((p) => findRounds(p)) },
  { name: 'warm:names', run: () => PARAGRAPHS.map((p) => findNameRuns(p)) },
  { name: 'warm:verbs', run: () => PARAGRAPHS.map((p) => fundingVerbAt(p)) },
  { name: 'warm:investors', run: () => PARAGRAPHS.map((p) => findInvestorMentions(p.replace(/\$12 million|5 millions d’euros/, '§'))) },
  { name: 'warm:funding-en', run: () => readFunding({ paragraphs: [SAMPLE_EN] }, { lang: 'en', title: null }) },
  { name: 'warm:funding-fr', run: () => readFunding({ paragraphs: [SAMPLE_FR] }, { lang: 'fr', title: null }) },
  { name: 'warm:artifacts', run: () => findArtifacts({ paragraphs: PARAGRAPHS }) },
];
