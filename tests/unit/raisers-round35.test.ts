/**
 * Who raised, round 35 (session 22, raisers.ts and companies.ts). (1) A flag emoji after or before each name of a roundup ("Huli 🇨🇷 raised",
 * dealflow.la 853; "🇬🇧 Remedy Health, …", sundaycet 572) stands between the name and its verb: mask() blanks regional
 * indicators, so the name is the verb’s subject again. (2) The US states, Canadian provinces and "U.K." are places. Invented rows,
 * English and French; each red before its change.
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

// companies.ts PLACES: the other US states, the Canadian provinces and territories, and "U.K.", "U.S." (startmidwest 965
// "Minnesota … $305 million"; orsasaiwai 824 "the U.K. overall secured nearly $2.5 billion"): a state or country that raised is
// a statistic, never a company.
describe('round 35: a US state or "U.K." that raised is no company (red before)', () => {
  it.each<[string, string[], string[]]>([
    ['EN: a state and "The U.K." as subjects', ['Kelbio raised $5 million from Tarvel Capital.', 'Minnesota secured $305 million in venture funding in the second quarter.', 'The U.K. secured nearly $2.5 billion in VC investment last year.'], ['Kelbio']],
    ['FR: "Le Minnesota a levé §"', ['Kelbio a levé 5 millions d’euros auprès de Tarvel.', 'Le Minnesota a levé 300 millions de dollars au deuxième trimestre.'], ['Kelbio']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(companies(...paragraphs)).toEqual(expected);
  });
});
