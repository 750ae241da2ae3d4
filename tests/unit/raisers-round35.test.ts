/**
 * Who raised, round 35 (session 22, raisers.ts). A flag emoji after or before each name of a roundup ("Huli 🇨🇷 raised",
 * dealflow.la 853; "🇬🇧 Remedy Health, …", sundaycet 572) stands between the name and its verb: mask() blanks regional
 * indicators, so the name is the verb's subject again. Invented rows, English and French; each red before this change.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 35: a flag emoji beside a name hides no raiser (red before)', () => {
  it.each<[string, string[], string[]]>([
    ['EN: flags after the raiser and its lead', ['Nalvo 🇩🇪 raised a $4 million seed round led by Tarvel Capital 🇺🇸.', 'Kelbio 🇧🇷 raised $2.5 million in a round led by Ostra Ventures 🇲🇽 to open a lab.'], ['Nalvo', 'Kelbio']],
    ['FR: a flag after the raiser', ['Nalvo 🇩🇪 a levé 4 millions d’euros auprès de Tarvel Capital 🇫🇷.', 'Kelbio 🇧🇪 a bouclé un tour de table de 2 millions d’euros mené par Ostra Ventures.'], ['Nalvo', 'Kelbio']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(companies(...paragraphs)).toEqual(expected);
  });
});
