import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, OTHER_STORY, TITRE } from '../helpers/artifact-texts';

/**
 * Round 9: the residue mainstream news pages leave in extractor output,
 * written as invented rows (EN and FR) before any code changed: a caption and
 * its credit printed before and after the photo, pull-quotes dropped between
 * two halves of a sentence, lost hyphens with evidence, mojibake families,
 * escaped entities, merged bylines, a second story after the first ended and
 * a body cut before a paywall line.
 */
const B0 = BODY[0]!;
const REST = BODY.slice(1);
const C0 = CORPS[0]!;
const CREST = CORPS.slice(1);

type Row = { name: string; paragraphs: string[]; kind: string; text: string };

const twice = (caption: string, body: string[], head: string): string[] => [head, caption, body[0]!, caption, ...body.slice(1)];

const CAPTIONS: Row[] = [
  { name: 'a caption with a "(Photo: Name/Outlet)" credit, before and after the photo', paragraphs: twice('Firefighters battle the blaze near the warehouse on Tuesday. (Photo: Jane Doe/The Desert Sun)', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Firefighters battle the blaze' },
  { name: 'a caption with "(Credit: Name / Los Angeles Times)", twice', paragraphs: twice('Workers unload robots at the Ontario plant. (Credit: Mark Smith / Los Angeles Times)', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Workers unload robots' },
  { name: 'a caption ending on "© Getty Images", twice', paragraphs: twice('Shoppers walk past a store in Manchester on Monday. © Getty Images', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Shoppers walk past' },
  { name: 'a print-replica caption with an upper-case agency credit, twice', paragraphs: twice('Visitors look at industrial robots at an expo in Ningbo, Zhejiang province, on Tuesday. ZHANG WEI / CHINA DAILY', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Visitors look at industrial robots' },
  { name: 'French: "Photo : Nom / AFP", twice', paragraphs: twice('Le fondateur de Robotix devant l’entrepôt de Vénissieux, le 3 mars. Photo : Jean Dupont / AFP', CORPS, TITRE), kind: 'duplicated-caption', text: 'Le fondateur de Robotix devant' },
  { name: 'French: "(Crédit photo : Nom)", twice', paragraphs: twice('Les robots de Robotix dans l’entrepôt de Lyon. (Crédit photo : Marie Martin)', CORPS, TITRE), kind: 'duplicated-caption', text: 'Les robots de Robotix' },
  { name: 'a caption with a "Getty Images" credit and no punctuation before it, twice', paragraphs: twice('Jane Doe, chief executive of Acme Robotics, in Columbus Getty Images', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Jane Doe, chief executive' },
  { name: 'an LA Times credit "(Name / Los Angeles Times)", twice', paragraphs: twice('Firefighters battle the blaze in Altadena on Tuesday. (Jane Doe / Los Angeles Times)', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Firefighters battle the blaze in Altadena' },
  { name: 'a USA Today credit "(Photo: Name, USA TODAY)", twice', paragraphs: twice('Shoppers line up outside the store in Phoenix. (Photo: Jane Doe, USA TODAY)', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Shoppers line up outside' },
  { name: 'a China Daily credit "[Photo/Xinhua]", twice', paragraphs: twice('A worker checks robots at a factory in Ningbo, Zhejiang province. [Photo/Xinhua]', BODY, HEADLINE), kind: 'duplicated-caption', text: 'A worker checks robots' },
  { name: 'a China Daily credit "[Photo by Name/China Daily]", twice', paragraphs: twice('Visitors try out robots at an expo in Beijing on Tuesday. [Photo by Zhang Wei/China Daily]', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Visitors try out robots' },
  { name: 'a Deccan Herald credit "Credit: PTI Photo", twice', paragraphs: twice('Representative image of warehouse robots at work. Credit: PTI Photo', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Representative image' },
  { name: 'an IndieWire credit "Courtesy of Netflix", twice', paragraphs: twice('Jane Doe and John Roe in the film “Robots”. Courtesy of Netflix', BODY, HEADLINE), kind: 'duplicated-caption', text: 'Jane Doe and John Roe in the film' },
  { name: 'a Sky credit "Pic: PA", twice', paragraphs: twice('The robots on display at the Manchester plant. Pic: PA', BODY, HEADLINE), kind: 'duplicated-caption', text: 'The robots on display' },
  { name: 'French: "© AFP / Nom", twice', paragraphs: twice('Le fondateur de Robotix lors de la présentation à Lyon. © AFP / Jean Dupont', CORPS, TITRE), kind: 'duplicated-caption', text: 'Le fondateur de Robotix lors' },
  { name: 'French: "(Photo d’illustration Nom / Le Progrès)", twice', paragraphs: twice('Un entrepôt automatisé dans la banlieue lyonnaise. (Photo d’illustration Jean Dupont / Le Progrès)', CORPS, TITRE), kind: 'duplicated-caption', text: 'Un entrepôt automatisé' },
  { name: 'a Guardian credit "Photograph: Name/Reuters", twice', paragraphs: twice('The robots at the Acme plant in Columbus, Ohio. Photograph: Jane Doe/Reuters', BODY, HEADLINE), kind: 'duplicated-caption', text: 'The robots at the Acme plant' },
  { name: 'a caption printed bare, then again with its credit', paragraphs: [HEADLINE, 'Firefighters battle the blaze near the warehouse on Tuesday.', B0, 'Firefighters battle the blaze near the warehouse on Tuesday. (Photo: Jane Doe/The Desert Sun)', ...REST], kind: 'duplicated-caption', text: 'Firefighters battle the blaze' },
  { name: 'a caption twice, each copy with a "Name/Outlet" credit line under it', paragraphs: [HEADLINE, 'Firefighters battle the blaze near the warehouse on Tuesday.', 'Jane Doe/The Desert Sun', B0, 'Firefighters battle the blaze near the warehouse on Tuesday.', 'Jane Doe/The Desert Sun', ...REST], kind: 'duplicated-caption', text: 'Firefighters battle the blaze' },
  { name: 'a caption and its "Name/AP" credit glued twice in one paragraph', paragraphs: [HEADLINE, B0, 'Firefighters battle the blaze near the warehouse on Tuesday. Jane Doe/AP Firefighters battle the blaze near the warehouse on Tuesday. Jane Doe/AP', ...REST], kind: 'duplicated-caption', text: 'Firefighters battle the blaze' },
  { name: 'French: une légende nue, puis avec son crédit', paragraphs: [TITRE, 'Le fondateur de Robotix dans l’entrepôt de Vénissieux.', C0, 'Le fondateur de Robotix dans l’entrepôt de Vénissieux. Photo : Jean Dupont / Le Progrès', ...CREST], kind: 'duplicated-caption', text: 'Le fondateur de Robotix' },
];

const PULL_QUOTES: Row[] = [
  { name: 'a short quoted line between two halves of a sentence that resumes in lower case', paragraphs: [HEADLINE, B0, 'The company said the new money would allow it to', '“We have never seen demand like this.”', 'hire 200 engineers and open a plant in Texas next year.', ...REST], kind: 'broken-pull-quote', text: 'We have never seen demand like this.' },
  { name: 'French: a quoted line between two halves of a sentence', paragraphs: [TITRE, C0, 'Le fondateur explique que cette levée doit permettre à l’entreprise de', '« Nous n’avons jamais vu une telle demande. »', 'recruter une vingtaine d’ingénieurs d’ici la fin de l’année.', ...CREST], kind: 'broken-pull-quote', text: 'Nous n’avons jamais vu une telle demande.' },
  { name: 'a pull-quote repeating a body sentence, dropped mid-sentence', paragraphs: [HEADLINE, B0, 'Its chief executive said demand had doubled and that the plants in Ohio and Texas', 'Demand for warehouse robots has doubled over the past year alone.', 'would each employ more than 300 people by the end of 2025.', 'Demand for warehouse robots has doubled over the past year alone, she said in an interview on Monday.'], kind: 'broken-pull-quote', text: 'Demand for warehouse robots has doubled over the past year alone.' },
  { name: 'an orphan "— Name, title" attribution between two halves of a sentence', paragraphs: [HEADLINE, B0, 'The company plans to spend most of the money on', '— Jane Doe, chief executive', 'hiring engineers in Ohio and Texas over the next two years.', ...REST], kind: 'broken-pull-quote', text: 'Jane Doe' },
  { name: 'a quote and its dash attribution on one line, between two halves of a sentence', paragraphs: [HEADLINE, B0, 'The company plans to spend most of the money on hiring engineers and', '“We have never seen demand like this.” — Jane Doe, chief executive', 'opening a plant in Texas over the next two years.', ...REST], kind: 'broken-pull-quote', text: 'We have never seen demand like this.' },
  { name: 'French: « citation » — Nom, fonction, between two halves of a sentence', paragraphs: [TITRE, C0, 'La société veut consacrer l’essentiel de cette somme au recrutement et', '« Nous n’avons jamais vu une telle demande » — Jean Dupont, fondateur', 'à l’ouverture d’un site à Berlin d’ici deux ans.', ...CREST], kind: 'broken-pull-quote', text: 'Nous n’avons jamais vu une telle demande' },
];

const HYPHENS: Row[] = [
  { name: '"vicechairman" beside "vice-chairman"', paragraphs: [HEADLINE, B0, 'The vice-chairman of the board, Tom Roe, backed the deal.', 'Roe, who became vicechairman in 2019, said the board voted unanimously.', ...REST], kind: 'lost-hyphen', text: 'vicechairman' },
  { name: '"crossborder" beside "cross-border"', paragraphs: [HEADLINE, B0, 'The company handles cross-border payments for retailers.', 'Its crossborder volume doubled last year, it said.', ...REST], kind: 'lost-hyphen', text: 'crossborder' },
  { name: 'French: "porteparole" beside "porte-parole"', paragraphs: [TITRE, C0, 'La porte-parole de Robotix a confirmé l’opération.', 'Selon la porteparole, les recrutements commenceront en septembre.', ...CREST], kind: 'lost-hyphen', text: 'porteparole' },
  { name: '"yearon-year" beside "year-on-year"', paragraphs: [HEADLINE, B0, 'Sales rose 12 percent year-on-year in the first quarter.', 'Orders rose 30 percent yearon-year, the company said.', ...REST], kind: 'lost-hyphen', text: 'yearon-year' },
  { name: 'French: "c’està-dire" beside "c’est-à-dire"', paragraphs: [TITRE, C0, 'La levée, c’est-à-dire la deuxième de l’année, a été bouclée en mars.', 'Les fonds, c’està-dire trois investisseurs, suivent la société depuis 2020.', ...CREST], kind: 'lost-hyphen', text: 'està-dire' },
];

const MOJIBAKE: Row[] = [
  { name: '"â€™" for a curly apostrophe', paragraphs: [HEADLINE, B0, 'The companyâ€™s chief executive said demand had doubled.', ...REST], kind: 'mojibake', text: 'â€™' },
  { name: '"â€œ" and "â€" for curly double quotes', paragraphs: [HEADLINE, B0, 'She called it â€œa turning pointâ€\u009d for the company.', ...REST], kind: 'mojibake', text: 'â€œ' },
  { name: '"Ã©" for "é" in an English name', paragraphs: [HEADLINE, B0, 'The round was led by Société Générale and the cafÃ© chain Pret, the company said.', ...REST], kind: 'mojibake', text: 'Ã©' },
  { name: 'French: "Ã©" and "Ã¨" throughout', paragraphs: [TITRE, 'La start-up a levÃ© 5 millions dâ€™euros auprÃ¨s de plusieurs fonds.', ...CREST], kind: 'mojibake', text: 'Ã©' },
  { name: '"Â" before a pound sign', paragraphs: [HEADLINE, B0, 'The deal is worth Â£50 million, the company said.', ...REST], kind: 'mojibake', text: 'Â£' },
  { name: 'a replacement character inside a word', paragraphs: [HEADLINE, B0, 'The company\uFFFDs chief executive said demand had doubled.', ...REST], kind: 'mojibake', text: '\uFFFD' },
  { name: 'a byte-order mark read as "ï»¿" at a paragraph start', paragraphs: [HEADLINE, 'ï»¿Acme Robotics said on Tuesday it had raised new money from a group of investors.', ...REST], kind: 'mojibake', text: 'ï»¿' },
  { name: '"â€“" and "â€”" for dashes', paragraphs: [HEADLINE, B0, 'The round â€“ its third in two years â€” was led by a large fund.', ...REST], kind: 'mojibake', text: 'â€' },
  { name: '"â€¦" for an ellipsis', paragraphs: [HEADLINE, B0, 'Demand kept growing, and growingâ€¦ the company said.', ...REST], kind: 'mojibake', text: 'â€¦' },
  { name: 'a double-encoded apostrophe "Ã¢â‚¬â„¢"', paragraphs: [HEADLINE, B0, 'The companyÃ¢â‚¬â„¢s chief executive said demand had doubled.', ...REST], kind: 'mojibake', text: 'Ã¢â‚¬â„¢' },
  { name: 'French: "Ã§" and "Ãª" in a paragraph', paragraphs: [TITRE, C0, 'Le franÃ§ais Robotix prÃªte ses robots aux entrepÃ´ts de la rÃ©gion.', ...CREST], kind: 'mojibake', text: 'Ã§' },
];

const MORE_ENTITIES: Row[] = [
  { name: '"&quot;" around a quote', paragraphs: [HEADLINE, B0, 'She called it &quot;a turning point&quot; for the company.', ...REST], kind: 'escaped-entity', text: '&quot;' },
  { name: '"&rsquo;" for an apostrophe', paragraphs: [HEADLINE, B0, 'The company&rsquo;s chief executive said demand had doubled.', ...REST], kind: 'escaped-entity', text: '&rsquo;' },
  { name: 'a single "&amp;" in a company name', paragraphs: [HEADLINE, B0, 'Its customers include Procter &amp; Gamble and Johnson &amp; Johnson.', ...REST], kind: 'escaped-entity', text: '&amp;' },
  { name: 'French: "&eacute;" inside words', paragraphs: [TITRE, C0, 'La soci&eacute;t&eacute; pr&eacute;voit de recruter vingt ing&eacute;nieurs.', ...CREST], kind: 'escaped-entity', text: '&eacute;' },
  { name: '"&#39;" for an apostrophe', paragraphs: [HEADLINE, B0, 'The company&#39;s chief executive said demand had doubled.', ...REST], kind: 'escaped-entity', text: '&#39;' },
];

const ENTITIES: Row[] = [
  { name: 'a double-escaped ampersand', paragraphs: [HEADLINE, B0, 'The company counts AT&amp;amp;T and Procter &amp;amp; Gamble among its customers.', ...REST], kind: 'escaped-entity', text: '&amp;amp;' },
  { name: 'a numeric apostrophe', paragraphs: [HEADLINE, B0, 'The company&#8217;s chief executive said demand had doubled.', ...REST], kind: 'escaped-entity', text: '&#8217;' },
  { name: 'an escaped paragraph tag', paragraphs: [HEADLINE, B0, '&lt;p&gt;The company plans to hire engineers in Ohio.&lt;/p&gt;', ...REST], kind: 'escaped-entity', text: '&lt;p&gt;' },
  { name: 'French: "l&#8217;entreprise"', paragraphs: [TITRE, C0, 'Le fondateur de l&#8217;entreprise prévoit de recruter vingt ingénieurs.', ...CREST], kind: 'escaped-entity', text: '&#8217;' },
  { name: 'a literal "&nbsp;" between words', paragraphs: [HEADLINE, B0, 'The company raised $50&nbsp;million from investors led by a large fund.', ...REST], kind: 'escaped-entity', text: '&nbsp;' },
];

const BYLINES: Row[] = [
  { name: 'two names glued to an e-mail address', paragraphs: [HEADLINE, 'By Jane Doe and John Roe jdoe@latimes.com', ...BODY], kind: 'byline-noise', text: 'jdoe@latimes.com' },
  { name: '"Contact the writers at" closing the text', paragraphs: [HEADLINE, ...BODY, 'Contact the writers at jane.doe@time.com and john.roe@time.com.'], kind: 'byline-noise', text: 'Contact the writers at' },
  { name: 'French: "Par" two names and an e-mail', paragraphs: [TITRE, 'Par Jean Dupont et Marie Martin jdupont@leprogres.fr', ...CORPS], kind: 'byline-noise', text: 'jdupont@leprogres.fr' },
  { name: 'a byline with e-mail and handle glued by bars', paragraphs: [HEADLINE, 'By Jane Doe | jdoe@desertsun.com | @janedoe', ...BODY], kind: 'byline-noise', text: 'jdoe@desertsun.com' },
  { name: '"Contact the reporter at" with an address, after the body', paragraphs: [HEADLINE, ...BODY, 'Contact the reporter at jane.doe@chron.com or 713-555-0100.'], kind: 'byline-noise', text: 'Contact the reporter at' },
  { name: 'a byline glued to the first sentence', paragraphs: [HEADLINE, 'By Jane DoeAcme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.', ...REST], kind: 'byline-noise', text: 'By Jane Doe' },
  { name: 'a byline and title glued to the dateline', paragraphs: [HEADLINE, 'By Jane Doe, Staff WriterCOLUMBUS, Ohio — Acme Robotics said on Tuesday it had raised new money from investors.', ...REST], kind: 'byline-noise', text: 'Staff Writer' },
  { name: 'French: "Par" and a name glued to the first sentence', paragraphs: [TITRE, 'Par Jean DupontLa start-up lyonnaise a levé 5 millions d’euros auprès de plusieurs fonds.', ...CREST], kind: 'byline-noise', text: 'Par Jean Dupont' },
  { name: 'French: "Contacter l’auteur :" and an address after the body', paragraphs: [TITRE, ...CORPS, 'Contacter l’auteur : jdupont@leprogres.fr'], kind: 'byline-noise', text: 'Contacter l’auteur' },
  { name: '"Contact the writer:" with a colon and an address', paragraphs: [HEADLINE, ...BODY, 'Contact the writer: jane.doe@desertsun.com'], kind: 'byline-noise', text: 'Contact the writer' },
];

const MERGED: Row[] = [
  { name: 'a second dateline "BEIJING —" with its own headline after the story ended', paragraphs: [HEADLINE, ...BODY, 'The company will open its first European office next year.', 'Trade talks to resume next week', 'BEIJING — Chinese and American officials will resume trade talks next week, the Ministry of Commerce said on Thursday.', 'The talks will cover tariffs on steel and farm goods.'], kind: 'merged-stories', text: 'BEIJING' },
  { name: 'French: a second dateline "PARIS (AFP) -" after the story ended', paragraphs: [TITRE, ...CORPS, 'Robotix ouvrira un bureau à Berlin l’an prochain.', 'La grève des contrôleurs aériens perturbe les vols', 'PARIS (AFP) - La grève des contrôleurs aériens a entraîné l’annulation de centaines de vols jeudi, selon la DGAC.', 'Le mouvement doit se poursuivre vendredi.'], kind: 'merged-stories', text: 'PARIS' },
  { name: 'a second headline and byline after the story ended', paragraphs: [HEADLINE, ...BODY, 'The company will open its first European office next year.', 'How our visual team covered the year', 'By John Roe', ...OTHER_STORY], kind: 'merged-stories', text: 'How our visual team covered the year' },
  { name: 'a second story opening on "(CNN) —" after the first ended', paragraphs: [HEADLINE, ...BODY, 'The company will open its first European office next year.', '(CNN) — A powerful storm hit the East Coast on Thursday, knocking out power to thousands of homes.', 'Forecasters expect more rain.', 'Schools were closed.'], kind: 'merged-stories', text: '(CNN)' },
  { name: 'French: a second story opening on "Marseille (AFP) -"', paragraphs: [TITRE, ...CORPS, 'Robotix ouvrira un bureau à Berlin l’an prochain.', 'Marseille (AFP) - Un incendie a ravagé jeudi un entrepôt du port de Marseille, sans faire de victime.', 'Les pompiers sont intervenus.', 'L’enquête est en cours.'], kind: 'merged-stories', text: 'Marseille (AFP)' },
  { name: 'a second story opening on "San Francisco (Reuters) -"', paragraphs: [HEADLINE, ...BODY, 'The company will open its first European office next year.', 'San Francisco (Reuters) - A federal judge on Thursday blocked a state law on social media, siding with tech groups.', 'The state said it would appeal.', 'The law was due to take effect in July.'], kind: 'merged-stories', text: 'San Francisco (Reuters)' },
];

const TRUNCATED: Row[] = [
  { name: 'a sentence cut before "The rest of this article is for subscribers"', paragraphs: [HEADLINE, ...BODY, 'Analysts said the company would need to raise more money before it could', 'The rest of this article is for subscribers only.'], kind: 'truncated-sentence', text: 'before it could' },
  { name: 'French: a sentence cut before "La suite de cet article est réservée aux abonnés"', paragraphs: [TITRE, ...CORPS, 'Selon son fondateur, l’entreprise devra lever de nouveaux fonds avant de', 'La suite de cet article est réservée aux abonnés.'], kind: 'truncated-sentence', text: 'avant de' },
  { name: 'a sentence cut mid-word before "Subscribe to read the full story"', paragraphs: [HEADLINE, ...BODY, 'Analysts said the company would need to raise more money before it could expa', 'Subscribe to read the full story'], kind: 'truncated-sentence', text: 'could expa' },
  { name: 'the last paragraph stops on "the" with no prompt after it', paragraphs: [HEADLINE, ...BODY, 'Analysts said the company would need to raise more money next year to keep up with the'], kind: 'truncated-sentence', text: 'keep up with the' },
  { name: 'French: the last paragraph stops on "des"', paragraphs: [TITRE, ...CORPS, 'Selon les analystes, la société devra lever de nouveaux fonds l’an prochain auprès des'], kind: 'truncated-sentence', text: 'auprès des' },
  { name: 'a sentence cut before "Already a subscriber? Log in"', paragraphs: [HEADLINE, ...BODY, 'Analysts said the company would need to raise more money before it could expand into', 'Already a subscriber? Log in'], kind: 'truncated-sentence', text: 'expand into' },
];

const DUPLICATES: Row[] = [
  { name: 'a paragraph printed twice in a row', paragraphs: [HEADLINE, B0, BODY[1]!, BODY[1]!, BODY[2]!], kind: 'duplicated-paragraph', text: BODY[1]! },
  { name: 'French: un paragraphe répété plus loin', paragraphs: [TITRE, C0, CORPS[1]!, CORPS[2]!, CORPS[1]!], kind: 'duplicated-paragraph', text: CORPS[1]! },
];

describe('round 9 text artifacts: mainstream residue is flagged', () => {
  it.each([...CAPTIONS, ...PULL_QUOTES, ...HYPHENS, ...MOJIBAKE, ...ENTITIES, ...MORE_ENTITIES, ...BYLINES, ...MERGED, ...TRUNCATED, ...DUPLICATES])('$kind: $name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    const mine = found.filter((a) => a.kind === kind);
    expect(mine.some((a) => a.text.includes(text)), JSON.stringify(found.map((a) => `${a.kind}: ${a.text}`))).toBe(true);
  });
});
