/** Invented listing-page items shared by the round 11 tables (positive and negatives). */
/** A listing template's cut: the item's text up to the last word boundary before `limit` characters, no ellipsis. */
export function cutAt(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return cut.slice(0, cut.lastIndexOf(' '));
}

/** Invented story openings of several outlets, each long enough for a template to cut. */
export const STORIES = [
  'The owner of a regional grocery chain has approached several lenders to back a rescue bid for the ailing retailer, according to people close to the talks. The businessman has sounded out firms including two specialist funds about helping to finance an offer for the stores before the end of the month, when the administrators are expected to decide.',
  'Thousands of commuters faced delays on Monday after a signal failure near the central station halted trains for most of the morning rush hour. The rail operator said engineers were working to restore services but warned that some routes would run a reduced timetable until late in the evening, and advised passengers to check before travelling.',
  'The energy regulator has confirmed a cut to its price cap that will see average household bills come down this autumn, as experts continue to warn of hikes to come during the winter months. The typical household paying by direct debit for gas and electricity faces a lower annual charge from October, the regulator said in a statement.',
  'A small-town school board voted late on Tuesday to delay the opening of its new high school by a full year after construction costs rose far above the budget approved by voters. Board members said they would ask the county for more money and look at cheaper materials before putting a revised plan to residents in a public meeting next spring.',
  'Shares in the country’s largest carmaker fell sharply in early trading after the company cut its sales forecast for the year, blaming weak demand in its two biggest markets and the cost of new tariffs. Analysts said the warning was deeper than expected and could weigh on suppliers, several of which had already flagged slower orders this quarter.',
];

export const ARTICLES = [
  'Le conseil municipal a voté mardi soir le report d’un an de l’ouverture du nouveau collège, après une flambée des coûts de construction bien au-delà du budget prévu. Le maire a indiqué qu’il solliciterait une aide du département et que des matériaux moins coûteux seraient étudiés avant une nouvelle réunion publique au printemps prochain.',
  'Des milliers de voyageurs ont subi des retards lundi après une panne de signalisation près de la gare centrale, qui a interrompu le trafic pendant une bonne partie de la matinée. La compagnie ferroviaire a précisé que les techniciens travaillaient à rétablir la circulation mais que certaines lignes resteraient perturbées jusqu’en soirée.',
  'Le régulateur de l’énergie a confirmé une baisse du tarif plafond qui devrait alléger les factures des ménages cet automne, même si plusieurs experts mettent en garde contre de nouvelles hausses cet hiver. Un foyer moyen chauffé au gaz et à l’électricité paiera moins à partir d’octobre, selon un communiqué publié dans la matinée de mercredi.',
  'Les actions du premier constructeur automobile du pays ont nettement reculé en début de séance après l’abaissement de ses prévisions de ventes pour l’année, sur fond de demande faible et de nouveaux droits de douane. Les analystes jugent l’avertissement plus sévère que prévu et redoutent un effet sur les équipementiers, dont plusieurs ont déjà signalé un ralentissement.',
];

export const cut = (texts: string[], limit: number): string[] => texts.map((t) => cutAt(t, limit));

