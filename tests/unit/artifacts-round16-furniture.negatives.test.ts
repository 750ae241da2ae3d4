import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of furniture in clean articles, invented (the review of round 15's shapes, with other words): an app call
 * quoted as someone's advice, a page number in prose before a capitalised word. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];
const top = (line: string): string[] => [line, HEADLINE, ...BODY];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // An app call followed by a comma and a reporting incise: reported advice inside a news sentence.
  { name: 'an app call urged by the council', paragraphs: mid('The storm warning went out at dawn. Get the app, the council urged drivers, to follow road closures.') },
  { name: 'an app call with a named speaker', paragraphs: mid('Fares rise in May. Download our app, Smith told commuters on the platform, for the new timetable.') },
  { name: 'une application conseillée en incise', paragraphs: milieu('Le port a fermé ses quais mardi. Installez l’application, recommande-t-il aux plaisanciers du bassin.') },
  { name: 'une application avec incise nominale', paragraphs: milieu('Les bus changent d’horaire. Téléchargez notre application, conseille la régie aux usagers du réseau.') },
  // A page number in ordinary case with a bare number, then prose with a capital: a report's page heading or a sentence.
  { name: 'a page number before a capitalised sentence', paragraphs: mid('The plan fills 40 pages. Page 9 The Council lists its goals for the quay.') },
  { name: 'pages before a capitalised sentence', paragraphs: mid('The audit is long. Pages 3-4 The Treasurer explains the shortfall in detail.') },
  { name: 'une page avant une phrase', paragraphs: milieu('Le rapport compte 60 pages. Page 21 Le Conseil détaille ses choix pour le port.') },
  // Story links and print pointers: the same words in sentences.
  { name: 'full story inside a sentence', paragraphs: mid('The full story of the rescue was told at the inquest.') },
  { name: 'read more in a lower-case object', paragraphs: mid('Read more in the annual report.') },
  { name: 'read more in a sentence with a subject', paragraphs: mid('Readers can read more in the Lakeside Morning Ledger, the mayor said.') },
  { name: 'lire la suite dans une phrase', paragraphs: milieu('Il faudra lire la suite dans le rapport de la Cour des comptes, selon le maire.') },
  { name: 'captcha in a news sentence', paragraphs: mid('The bank said its site is protected by a captcha after the attack on Monday.') },
  // Glued labels: a capital after a lower-case letter inside a word, a bracketed word that is no link label.
  { name: 'a camel-case brand at the end', paragraphs: mid('The harbour board said the new booking system would be run by the firm that built the ferry app MyRead') },
  { name: 'a bracketed editorial note', paragraphs: mid('The harbour master said the quay would reopen once the repairs to the outer wall had been [completed]') },
  { name: 'read more in a report after a sentence', paragraphs: mid('The harbour board cut the dredging budget by a third on Monday. Read more in the annual report, the chair said.') },
  // Category lines and slogans: the same words in a sentence or a headline.
  { name: 'posted in a sentence', paragraphs: mid('Posted in the harbour office since 2019, she now runs the ferry desk.') },
  { name: 'filed under a law in a sentence', paragraphs: mid('Filed under Chapter 11 last spring, the ferry company has now found a buyer.') },
  { name: 'a headline about local news', paragraphs: top('Your Community News Source Is Closing After 90 Years') },
  { name: 'un titre sur l’info locale', paragraphs: milieu('L’info locale et nationale recule dans les kiosques, selon une étude publiée lundi.') },
  // Masthead look-alikes: a citation of a volume and number in prose, a price in cents in a sentence.
  { name: 'a journal citation in prose', paragraphs: mid('The study, published in Vol. 12, No. 4 of the journal in 1998, found the harbour silted up every decade.') },
  { name: 'a price in cents and a volume in prose', paragraphs: mid('Established in 1921, the paper cost 5 cents a copy; its first volume ran to twelve issues, the museum said.') },
];

describe('round 16 furniture look-alikes are not boilerplate', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const flags = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(flags.map((a) => a.text)).toEqual([]);
    });
  }
});
