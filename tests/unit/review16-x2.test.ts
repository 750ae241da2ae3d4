import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { pageKindOf } from '../../utils/artifacts/page-kind';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Review of round 16 (items 5, 6, 7), invented rows: a volume and section cited in prose are no print masthead, a
 * subhead "The Full Story" is no link label, and a bracketed label that ends a cut teaser is the cut's (truncated.ts),
 * not furniture a second time; a bracketed label after a finished phrase stays a story link.
 */
const L = 'The port board met on Monday night to weigh the dredging plan, which has split the town for more than three years and filled the letters page of the weekly paper. ';
const LF = 'Le conseil portuaire s’est réuni lundi soir pour examiner le plan de dragage, qui divise la ville depuis plus de trois ans. ';

const kinds = (paragraphs: string[], kind: string): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);

describe('review 16: prose volume and section cites make no print front page', () => {
  it('EN: Vol. and Sec. in a sentence', () => {
    expect(pageKindOf(buildDoc(['Dredging plan signed', 'The map sits in Vol. 4 of the survey, under Sec. C of the appendix.', L + L])).kind).toBe('article');
  });
  it('FR: Vol. et Sec. dans une phrase', () => {
    expect(pageKindOf(buildDoc(['Le plan de dragage signé', 'La carte figure au Vol. 3 du relevé, dans la Sec. D de l’annexe.', LF + LF])).kind).toBe('article');
  });
  it('the mixed-case forms in the masthead lines still count', () => {
    expect(pageKindOf(buildDoc(['The Harbour Ledger', 'Vol. 61, No. 18', 'Sec. C', L + L])).kind).toBe('print');
  });
});

describe('review 16: a subhead is no story link label', () => {
  it('EN: "The Full Story" under a headline', () => {
    expect(kinds([HEADLINE, 'Dock repairs: the full story', 'The Full Story', ...BODY], 'boilerplate')).toEqual([]);
  });
  it('FR: "L’article complet" sous un titre', () => {
    expect(kinds([TITRE, 'Digue du port : le dossier', 'L’article complet', ...CORPS], 'boilerplate')).toEqual([]);
  });
  it('the bare label stays a link label', () => {
    expect(kinds([HEADLINE, ...BODY.slice(0, 2), 'Read the Full Story', ...BODY.slice(2)], 'boilerplate')).toEqual(['Read the Full Story']);
  });
});

describe('review 16: a bracketed label at a cut teaser is reported once', () => {
  it('EN: label after a function word is no boilerplate', () => {
    const p = 'Port traffic fell by a fifth over the winter, the harbour office said, against the eight percent drop recorded by the [read more]';
    expect(kinds([HEADLINE, ...BODY.slice(0, 2), p, ...BODY.slice(2)], 'boilerplate')).toEqual([]);
  });
  it('FR: label après un mot-outil, pas de boilerplate', () => {
    const p = 'Le trafic du port a reculé d’un cinquième cet hiver, selon la capitainerie, contre une baisse de huit pour cent relevée par la [lire la suite]';
    expect(kinds([TITRE, ...CORPS.slice(0, 2), p, ...CORPS.slice(2)], 'boilerplate')).toEqual([]);
  });
  it('a label after a finished phrase stays boilerplate', () => {
    const p = 'Port traffic fell by a fifth over the winter, the harbour office said, as the board weighed its dredging budget [FULL STORY]';
    expect(kinds([HEADLINE, ...BODY.slice(0, 2), p, ...BODY.slice(2)], 'boilerplate')).toEqual(['[FULL STORY]']);
  });
});
