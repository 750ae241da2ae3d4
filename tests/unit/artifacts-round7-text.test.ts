import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, OTHER_STORY, TITRE } from '../helpers/artifact-texts';

/**
 * Round 7: the variants mainstream news pages print of the central text
 * artifacts (captions and credits printed twice, pull-quotes spliced into a
 * sentence, lost hyphens, mojibake families, escaped entities, print-replica
 * merged stories, cuts). Rows are invented shapes, English and French.
 */
const B0 = BODY[0]!;
const REST = BODY.slice(1);
const C0 = CORPS[0]!;
const CREST = CORPS.slice(1);

type Row = { name: string; paragraphs: string[]; kind: string; text: string };

const CAPTION = 'Workers load pallets at the Acme Robotics warehouse in Columbus, Ohio, on March 3, 2024.';
const LEGENDE = 'Des robots dans l’entrepôt de Robotix à Lyon, le 3 mars 2024.';

const CAPTIONS: Row[] = [
  { name: 'caption with an AP credit, printed twice', paragraphs: [HEADLINE, `${CAPTION} (AP Photo/Jane Smith)`, `${CAPTION} (AP Photo/Jane Smith)`, ...BODY], kind: 'duplicated-caption', text: 'AP Photo/Jane Smith' },
  { name: 'caption with a Reuters credit, repeated after a paragraph', paragraphs: [HEADLINE, `${CAPTION} REUTERS/John Doe`, B0, `${CAPTION} REUTERS/John Doe`, ...REST], kind: 'duplicated-caption', text: 'REUTERS/John Doe' },
  { name: 'caption with a "Photo: Name/Bloomberg" credit twice', paragraphs: [HEADLINE, `${CAPTION} Photo: Luke Sharrett/Bloomberg`, `${CAPTION} Photo: Luke Sharrett/Bloomberg`, ...BODY], kind: 'duplicated-caption', text: 'Luke Sharrett/Bloomberg' },
  { name: 'Guardian "Photograph:" credit twice', paragraphs: [HEADLINE, `${CAPTION} Photograph: Jane Smith/The Guardian`, B0, `${CAPTION} Photograph: Jane Smith/The Guardian`, ...REST], kind: 'duplicated-caption', text: 'Photograph: Jane Smith/The Guardian' },
  { name: 'Getty credit line twice', paragraphs: [HEADLINE, 'Jane Smith/Getty Images', 'Jane Smith/Getty Images', ...BODY], kind: 'duplicated-caption', text: 'Getty Images' },
  { name: 'caption then "Show caption" and the caption again', paragraphs: [HEADLINE, CAPTION, 'Show caption', CAPTION, ...BODY], kind: 'duplicated-caption', text: CAPTION },
  { name: 'caption with a slideshow counter twice', paragraphs: [HEADLINE, `1 of 12 ${CAPTION}`, `1 of 12 ${CAPTION}`, ...BODY], kind: 'duplicated-caption', text: CAPTION },
  { name: 'French caption "Photo : X / AFP" twice', paragraphs: [TITRE, `${LEGENDE} Photo : Jean Dupont / AFP`, C0, `${LEGENDE} Photo : Jean Dupont / AFP`, ...CREST], kind: 'duplicated-caption', text: 'Jean Dupont / AFP' },
  { name: 'French caption with a © credit twice', paragraphs: [TITRE, `${LEGENDE} © Jean Dupont`, `${LEGENDE} © Jean Dupont`, ...CORPS], kind: 'duplicated-caption', text: '© Jean Dupont' },
  { name: 'caption glued before the next paragraph', paragraphs: [HEADLINE, `${CAPTION} (AP Photo/Jane Smith)`, B0, `${CAPTION} (AP Photo/Jane Smith) ${BODY[1]!}`, BODY[2]!], kind: 'duplicated-caption', text: CAPTION },
  { name: 'caption credited "(Name / Los Angeles Times)" twice', paragraphs: [HEADLINE, `${CAPTION} (Jane Smith / Los Angeles Times)`, B0, `${CAPTION} (Jane Smith / Los Angeles Times)`, ...REST], kind: 'duplicated-caption', text: 'Los Angeles Times' },
  { name: 'caption credited "Name, USA TODAY" twice', paragraphs: [HEADLINE, `${CAPTION} Jasper Colt, USA TODAY`, `${CAPTION} Jasper Colt, USA TODAY`, ...BODY], kind: 'duplicated-caption', text: 'USA TODAY' },
  { name: 'caption with a "Courtesy of" credit twice', paragraphs: [HEADLINE, `${CAPTION} Courtesy of Acme Robotics`, B0, `${CAPTION} Courtesy of Acme Robotics`, ...REST], kind: 'duplicated-caption', text: 'Courtesy of Acme Robotics' },
  { name: 'caption with a "Pic:" credit twice', paragraphs: [HEADLINE, `${CAPTION} Pic: Reuters`, `${CAPTION} Pic: Reuters`, ...BODY], kind: 'duplicated-caption', text: 'Pic: Reuters' },
  { name: 'caption with a "Staff photo by" credit twice', paragraphs: [HEADLINE, `${CAPTION} Staff photo by Jane Smith`, B0, `${CAPTION} Staff photo by Jane Smith`, ...REST], kind: 'duplicated-caption', text: 'Staff photo by Jane Smith' },
  { name: 'caption with an Unsplash credit twice', paragraphs: [HEADLINE, 'Photo by Jane Smith on Unsplash', 'Photo by Jane Smith on Unsplash', ...BODY], kind: 'duplicated-caption', text: 'on Unsplash' },
  { name: 'French caption with "Crédit photo :" twice', paragraphs: [TITRE, `${LEGENDE} Crédit photo : Robotix`, C0, `${LEGENDE} Crédit photo : Robotix`, ...CREST], kind: 'duplicated-caption', text: 'Crédit photo : Robotix' },
  { name: 'French caption with "(Photo DR)" twice', paragraphs: [TITRE, `${LEGENDE} (Photo DR)`, `${LEGENDE} (Photo DR)`, ...CORPS], kind: 'duplicated-caption', text: 'Photo DR' },
  { name: 'caption with "Image: Sky News" twice', paragraphs: [HEADLINE, `${CAPTION} Image: Sky News`, B0, `${CAPTION} Image: Sky News`, ...REST], kind: 'duplicated-caption', text: 'Image: Sky News' },
  { name: 'a gallery caption with its counter, then the same caption without it', paragraphs: [HEADLINE, `1 of 12 ${CAPTION} (AP Photo/Jane Smith)`, B0, `${CAPTION} (AP Photo/Jane Smith)`, ...REST], kind: 'duplicated-caption', text: CAPTION },
  { name: 'a caption behind an "[+] Enlarge" label, then again', paragraphs: [HEADLINE, `[+] Enlarge ${CAPTION} REUTERS/John Doe`, `${CAPTION} REUTERS/John Doe`, ...BODY], kind: 'duplicated-caption', text: CAPTION },
  { name: 'a caption behind "Hide caption", then again', paragraphs: [HEADLINE, `${CAPTION} Photo: Luke Sharrett/Bloomberg`, B0, `Hide caption ${CAPTION} Photo: Luke Sharrett/Bloomberg`, ...REST], kind: 'duplicated-caption', text: CAPTION },
];

const PULL_QUOTES: Row[] = [
  { name: 'a pull-quote spliced into a sentence that resumes in lowercase', paragraphs: [HEADLINE, B0, 'The company said on Tuesday that the new money would', '“We are building the future of logistics.”', 'help it double its fleet by the end of next year.', ...REST], kind: 'broken-pull-quote', text: 'We are building the future of logistics.' },
  { name: 'an orphan attribution line', paragraphs: [HEADLINE, B0, '“Demand for robots has never been higher.”', '— Jane Doe, chief executive of Acme Robotics', ...REST], kind: 'broken-pull-quote', text: 'Jane Doe, chief executive' },
  { name: 'a French pull-quote spliced into a sentence', paragraphs: [TITRE, C0, 'Selon son fondateur, cette levée de fonds doit surtout permettre', '« Nous voulons devenir le leader européen »', 'de recruter une vingtaine d’ingénieurs d’ici l’été.', ...CREST], kind: 'broken-pull-quote', text: 'Nous voulons devenir le leader européen' },
];

const HYPHENS: Row[] = [
  { name: 'hyphen lost with the hyphenated form elsewhere', paragraphs: [HEADLINE, 'The company is a well-known supplier of warehouse robots.', 'Its wellknown founder said the round closed in March.', ...REST], kind: 'lost-hyphen', text: 'wellknown' },
  { name: 'French "porteparole" next to "porte-parole"', paragraphs: [TITRE, 'La porte-parole de Robotix a confirmé la levée.', 'Selon la porteparole, les fonds serviront à recruter.', ...CREST], kind: 'lost-hyphen', text: 'porteparole' },
  { name: '"yearonyear" without its hyphens', paragraphs: [HEADLINE, B0, 'Revenue grew 40 percent yearonyear, the company said.', ...REST], kind: 'lost-hyphen', text: 'yearonyear' },
  { name: 'French "viceprésident" next to "vice-président"', paragraphs: [TITRE, 'Le vice-président de la région a salué la levée.', 'Selon le viceprésident, la région soutiendra la start-up.', ...CREST], kind: 'lost-hyphen', text: 'viceprésident' },
  { name: 'French "soustraitants" next to "sous-traitants"', paragraphs: [TITRE, 'Robotix travaille avec des sous-traitants lyonnais.', 'Ses soustraitants fabriquent les bras articulés des robots.', ...CREST], kind: 'lost-hyphen', text: 'soustraitants' },
  { name: '"crossborder" next to "cross-border"', paragraphs: [HEADLINE, 'Acme handles cross-border shipments for retailers.', 'Its crossborder business doubled last year, the company said.', ...REST], kind: 'lost-hyphen', text: 'crossborder' },
  { name: 'a capitalised "Wellknown" at a sentence start beside "well-known"', paragraphs: [HEADLINE, 'Acme is a well-known supplier of warehouse robots.', 'Wellknown investors joined the round, the company said.', ...REST], kind: 'lost-hyphen', text: 'Wellknown' },
];

const MOJIBAKE: Row[] = [
  { name: 'Ã© in French', paragraphs: [TITRE, 'La sociÃ©tÃ© a levÃ© 5 millions d’euros auprÃ¨s de plusieurs fonds.', ...CREST], kind: 'mojibake', text: 'Ã©' },
  { name: 'curly quotes as â€œ â€', paragraphs: [HEADLINE, B0, 'â€œWe are thrilled,â€ said the chief executive.', ...REST], kind: 'mojibake', text: 'â€œ' },
  { name: 'apostrophe as â€™', paragraphs: [HEADLINE, B0, 'The companyâ€™s robots now move most pallets.', ...REST], kind: 'mojibake', text: 'â€™' },
  { name: 'a byte-order mark as ï»¿ at the start', paragraphs: [`ï»¿${HEADLINE}`, ...BODY], kind: 'mojibake', text: 'ï»¿' },
  { name: 'non-breaking space as Â', paragraphs: [HEADLINE, B0, 'The round valued the company at $1Â billion, people familiar said.', ...REST], kind: 'mojibake', text: 'Â' },
  { name: '"??" between words in print-replica copy', paragraphs: ['Beijing plans new trade zone', 'The city??s new zone will open next year, officials said on Monday.', 'It is expected to attract ?? foreign firms and create jobs.', 'The plan was approved by the State Council in May.'], kind: 'mojibake', text: '??' },
  { name: 'è as Ã¨ and à as Ã before a space', paragraphs: [TITRE, 'La premiÃ¨re levÃ©e de Robotix a eu lieu Ã  Lyon.', ...CREST], kind: 'mojibake', text: 'Ã¨' },
  { name: 'dashes as â€“ and â€”', paragraphs: [HEADLINE, B0, 'The round â€“ its largest yet â€” closed in March.', ...REST], kind: 'mojibake', text: 'â€“' },
  { name: 'an ellipsis as â€¦', paragraphs: [HEADLINE, B0, 'Demand keeps growingâ€¦ and so does the fleet.', ...REST], kind: 'mojibake', text: 'â€¦' },
  { name: 'the euro sign as â‚¬', paragraphs: [HEADLINE, B0, 'The round was worth â‚¬45 million, the company said.', ...REST], kind: 'mojibake', text: 'â‚¬' },
  { name: 'the pound sign as Â£', paragraphs: [HEADLINE, B0, 'The round was worth Â£40 million, the company said.', ...REST], kind: 'mojibake', text: 'Â£' },
  { name: 'a name with ü as Ã¼', paragraphs: [HEADLINE, B0, 'Its chief executive, JÃ¼rgen MÃ¼ller, said demand had doubled.', ...REST], kind: 'mojibake', text: 'Ã¼' },
  { name: 'an apostrophe encoded three times', paragraphs: [HEADLINE, B0, 'The companyÃ¢â‚¬â„¢s robots now move most pallets.', ...REST], kind: 'mojibake', text: 'Ã¢â‚¬â„¢' },
];

const ENTITIES: Row[] = [
  { name: 'double-escaped ampersand', paragraphs: [HEADLINE, 'Acme Robotics &amp;amp; Partners led the round.', ...REST], kind: 'escaped-entity', text: '&amp;amp;' },
  { name: 'numeric apostrophe', paragraphs: [HEADLINE, 'The company&#39;s robots move pallets.', ...REST], kind: 'escaped-entity', text: '&#39;' },
  { name: 'a named space', paragraphs: [HEADLINE, 'Acme raised $50&nbsp;million on Tuesday.', ...REST], kind: 'escaped-entity', text: '&nbsp;' },
  { name: 'an escaped line break tag', paragraphs: [HEADLINE, 'Acme raised $50 million on Tuesday.&lt;br&gt;It plans to hire.', ...REST], kind: 'escaped-entity', text: '&lt;br&gt;' },
  { name: 'French curly apostrophe as &rsquo;', paragraphs: [TITRE, 'La start-up a lev&eacute; 5 millions d&rsquo;euros.', ...CREST], kind: 'escaped-entity', text: '&rsquo;' },
  { name: 'a numeric curly apostrophe', paragraphs: [HEADLINE, 'The company&#8217;s robots move pallets.', ...REST], kind: 'escaped-entity', text: '&#8217;' },
  { name: 'a hex apostrophe', paragraphs: [HEADLINE, 'The company&#x27;s robots move pallets.', ...REST], kind: 'escaped-entity', text: '&#x27;' },
  { name: 'escaped quotation marks', paragraphs: [HEADLINE, B0, '&quot;We are thrilled,&quot; said the chief executive.', ...REST], kind: 'escaped-entity', text: '&quot;' },
  { name: 'a numeric apostrophe escaped twice', paragraphs: [HEADLINE, 'The company&amp;#039;s robots move pallets.', ...REST], kind: 'escaped-entity', text: '&amp;#039;' },
  { name: 'an escaped ellipsis', paragraphs: [HEADLINE, B0, 'Demand keeps growing&hellip; and so does the fleet.', ...REST], kind: 'escaped-entity', text: '&hellip;' },
];

const MERGED: Row[] = [
  { name: 'a print-replica page: new headline and byline mid-text', paragraphs: [HEADLINE, ...BODY, 'City council approves new budget for parks', 'By MARY JONES Staff Writer', ...OTHER_STORY], kind: 'merged-stories', text: 'City council approves new budget for parks' },
  { name: 'a print replica: headline and "By NAME in City | Outlet" mid-text', paragraphs: [HEADLINE, ...BODY, 'City council approves new budget for parks', 'By Li Yang in Beijing | China Daily', ...OTHER_STORY], kind: 'merged-stories', text: 'City council approves new budget for parks' },
  { name: 'a print replica: headline then a wire dateline mid-text', paragraphs: [HEADLINE, ...BODY, 'Storm knocks out power to thousands', 'WASHINGTON (AP) — A powerful storm knocked out power to thousands of homes across the region on Monday, officials said.', 'Crews worked through the night to restore service to hospitals and schools.', 'Forecasters expect calmer weather later in the week.'], kind: 'merged-stories', text: 'WASHINGTON (AP)' },
  { name: 'a French page: new title and "Par" byline mid-text', paragraphs: [TITRE, ...CORPS, 'Le conseil municipal vote le budget des parcs', 'Par Jean Dupont', 'Le conseil municipal a adopté lundi soir un budget en hausse pour l’entretien des parcs et jardins de la ville.', 'Les travaux commenceront au printemps, selon l’adjoint chargé des espaces verts.', 'L’opposition a voté contre, jugeant la hausse insuffisante.'], kind: 'merged-stories', text: 'Le conseil municipal vote le budget des parcs' },
  { name: 'a topic page: the next item after a glued "Show less" button', paragraphs: [HEADLINE, ...BODY, 'Watch VideoShow less', 'City council approves new budget for parks', ...OTHER_STORY], kind: 'merged-stories', text: 'City council approves new budget for parks' },
  { name: 'a French topic page: the next item after "Voir moins"', paragraphs: [TITRE, ...CORPS, 'Lire la suite…Voir moins', 'Le conseil municipal vote le budget des parcs', 'Le conseil municipal a adopté lundi soir un budget en hausse pour l’entretien des parcs et jardins de la ville.', 'Les travaux commenceront au printemps, selon l’adjoint chargé des espaces verts.'], kind: 'merged-stories', text: 'Le conseil municipal vote le budget des parcs' },
  { name: 'cut teasers of other stories after the article', paragraphs: [HEADLINE, ...BODY, ...['The mayor of Springfield said on Monday the new park would open by the end of…', 'A local bakery has won a national prize for its sourdough, beating more than…', 'Police are asking for help to find a dog that went missing from a farm near…']], kind: 'merged-stories', text: 'The mayor of Springfield' },
  { name: 'French cut teasers after the article', paragraphs: [TITRE, ...CORPS, 'Le maire de Villeurbanne a annoncé lundi que le nouveau parc ouvrirait avant la fin…', 'Une boulangerie de la Croix-Rousse a remporté un prix national pour son pain au levain, devant plus de…', 'La police recherche un chien disparu depuis samedi dans une ferme près de…'], kind: 'merged-stories', text: 'Le maire de Villeurbanne' },
];

const DUPLICATES: Row[] = [
  { name: 'a headline printed again after a long share block', paragraphs: ['Acme Robotics raises $50 million for robots', 'By Jane Doe', 'Published March 3, 2024', '5 min read', 'Share', 'Facebook', 'LinkedIn', 'Email', 'Copy link', 'Acme Robotics raises $50 million for robots', ...BODY], kind: 'duplicated-paragraph', text: 'Acme Robotics raises $50 million for robots' },
  { name: 'a French headline again after the author block', paragraphs: ['Robotix lève 5 millions pour ses robots', 'Par Claire Dubois', 'Publié le 3 mars 2024 à 10:15', 'Mis à jour le 3 mars 2024 à 12:40', 'Lecture : 3 min', 'Partager', 'Facebook', 'LinkedIn', 'Robotix lève 5 millions pour ses robots', ...CORPS], kind: 'duplicated-paragraph', text: 'Robotix lève 5 millions pour ses robots' },
];

const TRUNCATED: Row[] = [
  { name: 'a paywall cut before "for subscribers only"', paragraphs: [HEADLINE, B0, 'Analysts expect the market for warehouse automation to keep growing as online shoppers demand faster deliveries from the', 'This article is for subscribers only.'], kind: 'truncated-sentence', text: 'faster deliveries from the' },
  { name: 'a French paywall cut', paragraphs: [TITRE, C0, 'Selon les analystes, le marché des robots d’entrepôt devrait continuer de croître à mesure que les', 'Cet article est réservé aux abonnés'], kind: 'truncated-sentence', text: 'à mesure que les' },
  { name: 'a paywall cut before "Already a subscriber? Log in"', paragraphs: [HEADLINE, B0, 'Analysts expect the market for warehouse automation to keep growing as online shoppers demand faster and', 'Already a subscriber? Log in'], kind: 'truncated-sentence', text: 'faster and' },
  { name: 'a French cut before "Déjà abonné ? Connectez-vous"', paragraphs: [TITRE, C0, 'Selon les analystes, le marché des robots d’entrepôt devrait continuer de croître tant que les', 'Déjà abonné ? Connectez-vous'], kind: 'truncated-sentence', text: 'tant que les' },
  { name: 'the first of a list of cut teasers', paragraphs: [HEADLINE, ...BODY, ...['The mayor of Springfield said on Monday the new park would open by the end of…', 'A local bakery has won a national prize for its sourdough, beating more than…', 'Police are asking for help to find a dog that went missing from a farm near…']], kind: 'truncated-sentence', text: 'would open by the end of…' },
  { name: 'a paywall cut', paragraphs: [HEADLINE, B0, 'Analysts expect the market for warehouse automation to keep growing as online shoppers demand faster and', 'Subscribe to continue reading'], kind: 'truncated-sentence', text: 'faster and' },
];

describe('round 7 text artifacts: mainstream variants are flagged', () => {
  it.each([...CAPTIONS, ...PULL_QUOTES, ...HYPHENS, ...MOJIBAKE, ...ENTITIES, ...MERGED, ...DUPLICATES, ...TRUNCATED])('$kind: $name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    const mine = found.filter((a) => a.kind === kind);
    expect(mine.some((a) => a.text.includes(text)), JSON.stringify(found.map((a) => `${a.kind}: ${a.text}`))).toBe(true);
  });
});
