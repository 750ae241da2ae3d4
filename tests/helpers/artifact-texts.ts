/**
 * Clean article text the artifact tables build their rows around: an English
 * and a French body about one company's round, and the opening of another,
 * unrelated story (for merged-story rows). Rows add the artifact (or its
 * look-alike) around these paragraphs.
 */
/** The headline of BODY's story, and of CORPS's: the first line of most rows. */
export const HEADLINE = 'Acme Robotics raises $50 million for warehouse robots';
export const TITRE = 'La start-up lyonnaise Robotix lève 5 millions d’euros';

export const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];

export const CORPS = [
  'La start-up lyonnaise a levé 5 millions d’euros auprès de plusieurs fonds pour recruter une vingtaine de personnes.',
  'Elle compte ouvrir des bureaux à Paris et à Berlin avant la fin de l’année, selon son fondateur.',
  'Le marché des robots d’entrepôt a doublé en France au cours des deux dernières années.',
];

/** A second story, on another subject. */
export const OTHER_STORY = [
  'Business Insider’s creative team covered an array of projects this year, with animations and bespoke multimedia.',
  'Our visuals captured a wide range of topics, from illegal lockouts in major cities to online scams.',
  'We hired nearly 250 freelancers who produced over 1,500 pieces of custom art for our stories.',
];
