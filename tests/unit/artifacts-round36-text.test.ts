import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 36 (artifact text readers, invented rows).
 *
 * merged-stories.ts: a listing page whose items each close on their "read more" link (CONVENTIONS.md §listings: each
 * later story is one merged-stories artifact by its headline). The label alone on its line or glued to the teaser's end;
 * a headline, a teaser of a sentence or three, the next close.
 */

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

describe('merged stories: items closed by their "read more" link', () => {
  // [name, paragraphs, the later stories' headlines]
  const cases: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
    ['English, the label glued to each teaser', [
      'Harbour board delays the winter timetable',
      'The harbour board put off its vote on the winter timetable after the island towns asked for a second night crossing. Read more',
      'Ferry crews vote to strike over rosters',
      'Crews on the northern route voted to strike next month over the rosters the ferry company wants to bring in for the storm season. Read more',
      'Shipyard wins order for two freight vessels',
      'The Ostrand shipyard will build two freight vessels for a coastal line, its first order in three years.',
      'The yard said the order would keep two hundred welders at work until the spring.Read more',
      'Fishing quotas cut again for the northern banks',
      'The fishing quotas for the northern banks will be cut by a tenth next year, the ministry said on Tuesday. Read more',
    ], ['Ferry crews vote to strike over rosters', 'Shipyard wins order for two freight vessels', 'Fishing quotas cut again for the northern banks']],
    ['English, the label alone on its line, an image’s alt text over a headline', [
      'Port reopens after the storm',
      'The western quay reopened on Monday after three days of repairs to the crane rails and the freight berths damaged by the storm.',
      'Read More »',
      'A ferry leaving the harbour.',
      'Ferry fares frozen for the winter',
      'The ferry company will keep its fares at last year’s level until March, it said after a letter from the mayors of the island towns.',
      'Read More »',
      'Customs office moves to the new terminal',
      'The customs office will move to the new freight terminal in January, closing the old building on the quay after forty years.',
      'Read More »',
    ], ['Ferry fares frozen for the winter', 'Customs office moves to the new terminal']],
    ['French, « Lire la suite » glued and alone', [
      'Le port de Brest rouvre son quai ouest',
      'Le quai ouest a rouvert lundi après trois jours de travaux sur les rails des grues et les postes de fret touchés par la tempête. Lire la suite',
      'Les tarifs du bac gelés pour l’hiver',
      'La compagnie maintiendra les tarifs du bac au niveau de l’an dernier jusqu’en mars, après une lettre des maires des îles.',
      'Lire la suite',
      'Le chantier naval recrute deux cents soudeurs',
      'Le chantier naval cherche deux cents soudeurs pour les trois coques commandées par la marine au printemps.',
      'Lire la suite',
    ], ['Les tarifs du bac gelés pour l’hiver', 'Le chantier naval recrute deux cents soudeurs']],
  ];
  for (const [name, paragraphs, headlines] of cases) {
    it(`reports each later story by its headline (${name})`, () => {
      const found = merged([...paragraphs]);
      for (const h of headlines) expect(found.some((t) => t.startsWith(h))).toBe(true);
      // The first story is the article: its headline is not reported.
      expect(found.some((t) => t.startsWith(paragraphs[0]!))).toBe(false);
    });
  }
});

/**
 * page-kind.ts: once a listing's template is known (two cards read), a card whose teaser the template cut is one whatever
 * its headline says, and its headline may be two or three words.
 */
describe('merged stories: a listing’s later cards under headlines that do not retell their cut teaser', () => {
  const cases: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
    ['English, a headline of three words and one that names nothing of its teaser', [
      'Issues',
      'Harbour traffic rebounds in the spring',
      'OSTRAND — Harbour traffic rebounded more strongly than expected in the spring, despite the storms that closed the western quay and the freight berths for three days in Ap',
      'Ferry company adds a night crossing',
      'KELL — The ferry company will add a night crossing to the island towns from November, its chief executive said at the annual meeting of the shareholders in Ke',
      'Shipyard stays busy',
      'MARROW BAY — Orders at the Marrow Bay shipyard rose by a fifth in the first half, lifted by two freight vessels for a coastal line and the repair of a dredg',
      'A long winter ahead for the quays',
      'It is beginning to look like a hard season for the smaller ports of the coast, where the catch fell for a third year and the fuel bills kept ri',
    ], ['Ferry company adds a night crossing', 'Shipyard stays busy', 'A long winter ahead for the quays']],
    ['French, a short headline and one that names nothing of its teaser', [
      'Le trafic du port repart au printemps',
      'BREST — Le trafic du port est reparti plus fort que prévu au printemps, malgré les tempêtes qui ont fermé le quai ouest et les postes de fret pendant trois jours en av',
      'Le bac ajoute une traversée de nuit',
      'OUESSANT — La compagnie ajoutera une traversée de nuit vers les îles à partir de novembre, a indiqué son directeur devant les actionnaires réunis à Bre',
      'Chantier à plein',
      'LORIENT — Les commandes du chantier naval ont augmenté d’un cinquième au premier semestre, portées par deux navires de fret, un remorqueur et la réparation d’une dra',
      'Un hiver difficile pour les quais',
      'La saison s’annonce dure pour les petits ports de la côte, où la pêche a reculé pour la troisième année et où les factures de carburant ont encore gri',
    ], ['Chantier à plein', 'Un hiver difficile pour les quais']],
  ];
  for (const [name, paragraphs, headlines] of cases) {
    it(`reports each later card by its headline (${name})`, () => {
      const found = merged([...paragraphs]);
      for (const h of headlines) expect(found.some((t) => t.startsWith(h))).toBe(true);
    });
  }
});

/**
 * page-kind.ts: a listing's cards on one subject (a country's business page) are still separate stories when each is
 * datelined on its own meta line ("Oslo, March 4"): an explainer's sections carry no dateline each.
 */
describe('merged stories: a one-subject business page whose cards are datelined', () => {
  it('reports each later card by its headline (English)', () => {
    const found = merged([
      'Business',
      'Norway’s fund trims its stake in European banks',
      'Oslo, March 4',
      'The wealth fund of Norway cut its holdings of banks in the last quarter, the central bank of Norway said, as the fund of Norway sold lenders.',
      'Norway’s salmon exports hit a record in February',
      'Bergen, March 4',
      'Salmon exports from Norway rose by a fifth in February to a record for the month, the seafood council said, as prices climbed abroad.',
      'Equinor to pay higher dividend to Norway’s state',
      'Stavanger, March 4',
      'The oil group will pay a higher dividend this year, most of it to the state of Norway, which owns two thirds of its shares, it said in its report.',
      'Norway’s crown weakens as oil prices fall',
      'Oslo, March 3',
      'The crown of Norway weakened against the euro for a third day as oil prices fell, traders said, with the central bank expected to hold its rate.',
    ]);
    for (const h of ['Norway’s salmon exports hit a record in February', 'Equinor to pay higher dividend to Norway’s state', 'Norway’s crown weakens as oil prices fall']) {
      expect(found.some((t) => t.startsWith(h))).toBe(true);
    }
  });
});

describe('merged stories: a one-subject business page whose cards are datelined (French)', () => {
  it('reports each later card by its headline', () => {
    const found = merged([
      'Économie',
      'La Bretagne attire deux usines de batteries',
      'Rennes, 4 mars',
      'La Bretagne accueillera deux usines de batteries d’ici à 2027, a annoncé lundi la région, qui financera une partie des terrains et des routes.',
      'Les ports bretons battent leur record de fret',
      'Brest, 4 mars',
      'Les ports de Bretagne ont traité un volume record de fret l’an dernier, porté par les céréales et le bois, selon la chambre de commerce.',
      'Le tourisme breton retrouve ses clients étrangers',
      'Saint-Malo, 3 mars',
      'Les hôtels de Bretagne ont retrouvé leurs clients britanniques et allemands cet hiver, a indiqué le comité régional du tourisme.',
      'La pêche bretonne obtient une aide de l’État',
      'Lorient, 3 mars',
      'Les pêcheurs de Bretagne recevront une aide de l’État pour payer leur carburant jusqu’à l’été, a annoncé le ministre en visite au port.',
    ]);
    for (const h of ['Les ports bretons battent leur record de fret', 'Le tourisme breton retrouve ses clients étrangers', 'La pêche bretonne obtient une aide de l’État']) {
      expect(found.some((t) => t.startsWith(h))).toBe(true);
    }
  });
});
