/**
 * The funding and artifact readers are fast once warm, but their first call
 * in a fresh content script compiles hundreds of regular expressions and
 * their code. Paid inside the first real chunk of a reader, that cold start
 * makes one long task of it (a unit of real work plus everything its code
 * touches for the first time). Here the cold start is paid on a short generic
 * sample instead, in small units: each reader's building blocks one at a
 * time, then the readers themselves step by step (they are generators that
 * yield between their own units of work), so every unit finds most of what
 * it needs already compiled. The content script runs the units with the same
 * chunk discipline as the real work. The results are thrown away; nothing
 * here is about any particular article.
 */
import { findArtifactsSteps } from '../../utils/artifacts';
import { companyAfter, firstNameBefore, namesIn, openingSubject, subjectBefore } from '../../utils/companies';
import { datePhrase, fundingVerbAt, isPastContext, readFigure } from '../../utils/deals';
import { readFundingSteps } from '../../utils/funding';
import { indexArticle, leadingLabel } from '../../utils/funding-sentences';
import { findInvestorMentions } from '../../utils/investors';
import { findMoney } from '../../utils/money';
import { findNameRuns } from '../../utils/names';
import { findRounds } from '../../utils/rounds';
import { splitSentences } from '../../utils/sentences';

/** A generic funding sentence (English and French) that walks the readers' main paths. */
const SAMPLE_EN = 'Acme Robotics, a Berlin-based startup, said on Monday it had raised $12 million (€11 million) in a Series A round led by Example Ventures, with participation from Sample Capital and Demo Partners, valuing it at $100 million.';
const SAMPLE_FR = 'La jeune pousse Exemple a levé 5 millions d’euros auprès de Fonds Démo, après un tour de table de 2 M€ en 2021.';
const PARAGRAPHS = [SAMPLE_EN, SAMPLE_FR];
/** The English sample as the funding reader sees it: every figure replaced by "§" (its `mask`). */
const MASKED_EN = SAMPLE_EN.replace(/\$12 million|€11 million|\$100 million/g, (m) => '§'.repeat(m.length));
const FIGURE_AT = SAMPLE_EN.indexOf('$12 million');
const VERB_AT = SAMPLE_EN.indexOf('raised');

/** One unit of warm-up: a named call whose result is dropped. */
export interface WarmUnit {
  name: string;
  run: () => unknown;
}

/** A reader that works in steps: each of its steps is a unit of its own. */
function* stepsOf(name: string, start: () => Generator<void, unknown, void>): Generator<WarmUnit, void, void> {
  let steps: Generator<void, unknown, void> | null = null;
  let done = false;
  let step = 0;
  while (!done) {
    yield {
      name: `${name}#${step++}`,
      run: () => {
        steps ??= start();
        done = steps.next().done === true;
      },
    };
  }
}

/**
 * The warm-up, unit by unit, cheapest building blocks first so each later
 * unit finds more already compiled. A unit that throws is skipped by the
 * caller (a warm-up must never cost the real analysis anything but time).
 */
export function* warmUpUnits(): Generator<WarmUnit, void, void> {
  yield { name: 'sentences', run: () => PARAGRAPHS.map((p) => splitSentences(p)) };
  yield { name: 'money-en', run: () => findMoney(SAMPLE_EN, { lang: 'en' }) };
  yield { name: 'money-fr', run: () => findMoney(SAMPLE_FR, { lang: 'fr' }) };
  yield { name: 'rounds', run: () => PARAGRAPHS.map((p) => findRounds(p)) };
  yield { name: 'names', run: () => PARAGRAPHS.map((p) => findNameRuns(p)) };
  yield { name: 'verbs', run: () => PARAGRAPHS.map((p) => fundingVerbAt(p)) };
  yield { name: 'article-index', run: () => [indexArticle({ paragraphs: PARAGRAPHS }), leadingLabel(SAMPLE_EN)] };
  yield { name: 'subject', run: () => [subjectBefore(MASKED_EN, VERB_AT), firstNameBefore(MASKED_EN, VERB_AT), openingSubject(MASKED_EN)] };
  yield { name: 'company-names', run: () => [namesIn(MASKED_EN.slice(0, VERB_AT)), companyAfter(MASKED_EN.slice(FIGURE_AT))] };
  yield { name: 'figure', run: () => readFigure(MASKED_EN, FIGURE_AT, FIGURE_AT + '$12 million'.length) };
  yield { name: 'clause', run: () => [isPastContext(MASKED_EN), datePhrase(MASKED_EN)] };
  yield { name: 'investors-en', run: () => findInvestorMentions(MASKED_EN) };
  yield { name: 'investors-fr', run: () => findInvestorMentions(SAMPLE_FR.replace('5 millions d’euros', '§')) };
  yield* stepsOf('funding-en', () => readFundingSteps({ paragraphs: [SAMPLE_EN] }, { lang: 'en', title: null }));
  yield* stepsOf('funding-fr', () => readFundingSteps({ paragraphs: [SAMPLE_FR] }, { lang: 'fr', title: null }));
  yield* stepsOf('artifacts', () => findArtifactsSteps({ paragraphs: PARAGRAPHS }));
}
