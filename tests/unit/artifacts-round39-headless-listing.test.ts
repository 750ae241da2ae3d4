import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 39: listings of teasers whose headlines were lost, read by two cues besides the doubled first teaser
 * (merged-stories.ts headlessListingStart): the listing's own label opening the text (a trade site's category page,
 * 143), and a link line repeated between the items (a broker's news feed, 761). Each later teaser is a story of its own
 * (CONVENTIONS.md §listings: its first sentence). Negative: a market report under its label, with a subhead between
 * its paragraphs (484), and one story's paragraphs between repeated link lines naming the same company.
 */
const BIOSPACE = [
  "Mergers & acquisitions",
  "Special Purpose Acquisition Companies (SPACs) are here to stay, offering one more way for companies to access public markets. But doing so isn’t a quick snap of the fingers.",
  "In an effort to boost drug discovery for the “toughest drug discovery problems” through the use of machine learning, precision medicines company Relay Therapeutics is acquiring Waltham, Mass.-based ZebiAI with an $85 million upfront payment.",
  "The medical device maker has been dropping money like rain this spring, spending close to $19 billion in acquisitions over the past four months.",
  "Tidal Therapeutics, which does not even have a website, came out of LabCentral in Cambridge. It focuses on developing nanoparticles able to deliver messenger RNA (mRNA) that can reprogram immune cells.",
  "Eloxx Pharma has experienced a string of changes over the past year, coming to a head with today’s announcement that the company will be acquiring early-stage biotech Zikani Therapeutics in an all-stock deal.",
  "Under the terms of the deal, Amgen is buying all outstanding shares of Rodeo with a $55 million upfront payment. In addition, there are potential milestone payments that could hit $666 million in cash.",
  "Illumina plans to continue to pursue its acquisition of Grail Inc. despite the objection of the U.S. Federal Trade Commission.",
  "On March 4, 2021, Amgen announced that they had acquired Five Prime Therapeutics for $38 per share in cash, which is an equity value of about $1.9 billion.",
  "The goal is to “identify concrete and actionable steps to review and update the analysis of pharmaceutical mergers.”",
  "Shares of GenMark Diagnostics are soaring in premarket trading after Roche announced it was acquiring the California-based company in a $1.8 billion deal to bolster its own diagnostics pipeline.",
];
const FIDELITY = [
  "• Show Article Details",
  "Apple Inc (AAPL) has acquired Metaio, a German company whose software melds the physical world and computer-generated elements into video displays, according to a corporate filing that surfaced on Thursday. Metaio's augmented-reality software is used in applications in retail, industrial and automotive markets.",
  "• Show Article Details",
  "The U.S. Federal Trade Commission, which enforces antitrust law, filed a lawsuit on Friday aimed at stopping the $1.9 billion merger of Steris Corp and Synergy Health (SYHEF), the agency said. The two companies both provide contract sterilization services using radiation for medical devices, the FTC said.",
  "• Show Article Details",
  "For about a year, retail industry watchers have pegged Bed Bath & Beyond (BBBY) as a potential buyout target, but such a deal may have seemed a bit far-fetched, until now. On May 15, Leonard Green & Partners disclosed in a 13F filed with the Securities and Exchange Commission that it had accumulated nearly 1 million shares in the Union, N.J.-based retailer.",
  "• Show Article Details",
  "Thai billionaire Charoen Sirivadhanabhakdi is considering buying cognac maker Louis Royer, people familiar with the matter said, potentially locking horns with a Philippine tycoon for the French firm amid a forecast rebound in Asian demand for luxury spirits.",
  "• Show Article Details",
  "Does a mega merger in the auto industry have wheels? . Fiat-Chryser CEO Sergio Marchionne fueled more speculation about a deal. In remarks Thursday from his native Italy, Marchione said that he was \"absolutely certain that before 2018 there will be a merger.\"",
];
const FORTUNEO = [
  "LA TENDANCE",
  "Le marché parisien a gagné 0,21% à 7.834 points sur le CAC 40 ce vendredi, après avoir passé une large partie de la journée dans le rouge. Le marché parisien est resté animé à la suite des nombreuses publications de résultats semestriels. Les gagnants du jour sont Rémy Cointreau, Carrefour ou Nexity, et les perdants Valeo, Michelin ou Sopra Steria.",
  "Les investisseurs guettent par ailleurs toujours les avancées sur le front des droits de douane, alors que l'Union européenne et les Etats-Unis se rapprochent d'un accord qui pourrait les faire passer à 15% sur les produits européens importés sur le territoire américain, ce qui permettrait au bloc communautaire d'éviter des taxes douanières américaines de 30% à compter du 1er août... Ce taux de 15% pourrait également concerner le secteur automobile... L'Union européenne a malgré tout approuvé préventivement jeudi un ensemble de mesures commerciales de rétorsion à hauteur de 93 milliards d'euros visant les produits américains en cas d'absence d'accord commercial avec Washington...",
  "La parité euro / dollar atteint 1,1730$. Le baril de Brent revient à 68,55$. L'once d'or se traite 3.328$. Le bitcoin retombe à 115.800$.",
  "VALEURS EN HAUSSE",
  "Adocia (+43%) a annoncé que son partenaire Tonghua Dongbao a publié les résultats positifs de l'essai clinique de Phase 3 sur BioChaperone Lispro (THDB0206 injection), une nouvelle formulation d'insuline ultra-rapide.",
  "Nexity (+13%) a annoncé un retour à un résultat opérationnel courant groupe positif dès le S1, grâce à des leviers bien engagés : recomposition des marges de l'activité aménagement et promotion résidentielle dès le 30 juin. Amélioration de la rentabilité des services portée notamment par les activités d'exploitation sup. à (12,5% de marge).",
];

interface Row { name: string; paragraphs: string[]; first: string[] }

const ROWS: Row[] = [
  { name: 'a category page: its label, then teasers of separate stories (143)', paragraphs: BIOSPACE, first: ['In an effort to boost drug discovery', 'The medical device maker has been dropping money', 'Tidal Therapeutics, which does not even have a website', 'Eloxx Pharma has experienced', 'Under the terms of the deal, Amgen', 'Illumina plans to continue', 'On March 4, 2021, Amgen announced', 'The goal is to', 'Shares of GenMark Diagnostics'] },
  { name: 'a news feed: the same link line between every two teasers (761)', paragraphs: FIDELITY, first: ['The U.S. Federal Trade Commission, which enforces antitrust law', 'For about a year, retail industry watchers', 'Thai billionaire Charoen Sirivadhanabhakdi', 'Does a mega merger in the auto industry have wheels?'] },
  { name: 'a market report under its label, a subhead between its paragraphs (484)', paragraphs: FORTUNEO, first: [] },
  { name: 'one story between repeated link lines, its paragraphs naming the same company', paragraphs: [
    FIDELITY[0]!, FIDELITY[1]!,
    'Apple Inc (AAPL) has acquired Metaio, a German company whose software melds the physical world and computer-generated elements into video displays.', FIDELITY[0]!,
    'Metaio was founded in Munich in 2003 as a side project at Volkswagen, according to its website, and employs about 70 people.', FIDELITY[0]!,
    'Terms of the Metaio deal were not disclosed in the filing, which names Apple’s lawyers as its directors.', FIDELITY[0]!,
    'Apple has bought several mapping and augmented-reality companies over the past two years, including Metaio’s rival in Munich.'], first: [] },
];

describe('round 39: headless listings by their label or their repeated link line', () => {
  it.each(ROWS)('$name', ({ paragraphs, first }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === 'merged-stories').map((a) => a.text);
    expect(found.length).toBe(first.length);
    first.forEach((f, k) => expect(found[k]!.startsWith(f) || f.startsWith(found[k]!)).toBe(true));
  });
});

describe('round 39: the link line between a headless listing\'s items', () => {
  it('is one boilerplate entry (761)', () => {
    const found = findArtifacts({ paragraphs: FIDELITY }).filter((a) => a.kind === 'boilerplate' && a.text.includes('Show Article Details'));
    expect(found.length).toBe(1);
  });
  it('is no artifact when the paragraphs between its copies are one story', () => {
    const paragraphs = [FIDELITY[0]!, FIDELITY[1]!, FIDELITY[0]!, 'Metaio was founded in Munich in 2003 as a side project at Volkswagen, according to its website, and employs about 70 people.', FIDELITY[0]!, 'Terms of the Metaio deal were not disclosed in the filing, which names Apple’s lawyers as its directors.', FIDELITY[0]!, 'Apple has bought several mapping and augmented-reality companies over the past two years, including Metaio’s rival in Munich.'];
    expect(findArtifacts({ paragraphs }).filter((a) => a.text.includes('Show Article Details') && a.message.includes('listing'))).toEqual([]);
  });
});

describe('round 39: an ad slot\'s label repeated between one story\'s paragraphs', () => {
  it('makes no listing, even when the paragraphs name different people', () => {
    // Paragraphs of one wire story (the FTC suit, 761's second teaser, told on) with an ad slot between them.
    const paragraphs = [
      'The U.S. Federal Trade Commission, which enforces antitrust law, filed a lawsuit on Friday aimed at stopping the $1.9 billion merger of Steris Corp and Synergy Health, the agency said.',
      'Advertisement',
      'Steris and Synergy provide contract sterilization services using radiation for medical devices, and a merged firm would control most of that market in the United States.',
      'Advertisement',
      'A spokeswoman for the British company declined to comment on the lawsuit beyond a short written statement issued on Friday.',
      'Advertisement',
      'Shares of the Ohio-based sterilization company fell about 3 percent in after-hours trading following the news from Washington.',
      'Advertisement',
      'Regulators in Europe cleared the transaction last year without asking for any of the sales that American officials now seek.',
      'Advertisement',
      'Analysts at Morningstar expect a ruling from a federal judge in Cleveland before the end of the summer.',
    ];
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind === 'merged-stories').map((a) => a.text)).toEqual([]);
  });
});
