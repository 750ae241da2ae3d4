/**
 * The funding reader's word lists, one family per list, EN and FR side by side, so that a new wording is added in one place.
 * Each list is a set of regex source fragments (a fragment may carry its own small alternation: "snag(?:s|ged)?"); the
 * readers of funding.ts, amountless-rounds.ts and deal-rows.ts build their patterns from these lists with `lexAlt` and add
 * only the shape around the words. Pure data: no regex state is shared between readers.
 *
 * Keep every fragment free of capture groups and of nested unbounded quantifiers (the patterns built from them must stay
 * linear on long digit runs and glued words).
 */

/** The fragments of `words` as one non-capturing alternation, in list order (order matters where one word starts another). */
export function lexAlt(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

// ── Raising verbs ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** English press verbs that, with a figure as object, say money was raised ("Acme snagged §"): read as "raises". */
export const LEX_RAISE_SYNONYMS_EN = [
  'snag(?:s|ged)?', 'scoop(?:s|ed)?', 'nail(?:s|ed)? down', 'lock(?:s|ed)? in', 'draw(?:s|n)? in', 'drew in', 'haul(?:s|ed)? in',
  'reel(?:s|ed)? in', 'pull(?:s|ed)? in', 'mop(?:s|ped)? up', 'rustl(?:es|ed) up', 'drum(?:s|med)? up', 'tops? up with',
  'topped up with', 'tap(?:s|ped)? investors for',
] as const;
/**
 * French press verbs of the same reading ("Kiplo empoche §", "s’offre §"). "Recueillir" in the present, a headline's tense
 * ("Kiplo recueille 3 M$": Journal de Montréal 975; the infinitive on 393, "permis de recueillir 11 millions de dollars").
 * Not its compound past: "a recueilli §" is how the Quebec press tells a venture fund's close ("Ecofuel a recueilli 10,6
 * millions $ supplémentaires", 287, a fund named as such only in the sentence before, which the fund veto does not carry
 * over), and it read a false deal there.
 */
export const LEX_RAISE_SYNONYMS_FR = [
  'empoch(?:e|ent)', 'a empoché', 'engrang(?:e|ent)', 'a engrangé', 'glan(?:e|ent)', 'a glané', 's[’\']offre', 's[’\']est offert',
  'recueill(?:e|ent)',
] as const;

/** English verbs that say money was raised only with the backers or a round word after the figure ("grabs § from Sequoia"). */
export const LEX_RECEIVE_SYNONYMS_EN = [
  'grab(?:s|bed)?', 'pick(?:s|ed)? up', 'lure(?:s|d)?', 'draw(?:s|n)?', 'drew', 'garner(?:s|ed)?', 'fetch(?:es|ed)?', 'gather(?:s|ed)?',
  'collect(?:s|ed)?', 'score(?:s|d)?', 'ink(?:s|ed)?', 'notch(?:es|ed)?', 'rack(?:s|ed)? up', 'snap(?:s|ped)? up', 'take(?:s|n)? in',
  'took in', 'welcome(?:s|d)?', 'clinch(?:es|ed)?',
] as const;
/** French verbs of the same reading ("accueille § auprès de Partech", "a décroché §"). */
export const LEX_RECEIVE_SYNONYMS_FR = [
  'accueill(?:e|ent)', 'a accueilli', 'réuni(?:t|ssent)', 'a réuni', 'capt(?:e|ent)', 'a capté', 'attir(?:e|ent)', 'a attiré',
  'mobilis(?:e|ent)', 'a mobilisé', 'reç(?:oit|oivent)', 'a reçu', 'bénéficie d[e’\']', 'a bénéficié d[e’\']', 'décroch(?:e|ent)',
  'a décroché', 'collect(?:e|ent)', 'a collecté',
] as const;

/** French investing verbs: the investor is the subject, the money's recipient is named after ("Partech investit § dans Acme"). */
export const LEX_INVEST_VERBS_FR = [
  'investi(?:t|ssent)', '(?:a|ont) investi', 'inject(?:e|ent)', '(?:a|ont) injecté', '(?:a|ont) apporté', 'apport(?:e|ent)',
] as const;

/** Verbs of an investor backing a named company ("Sequoia backs Acme with §"). */
export const LEX_BACKING_VERBS_EN = ['backs', 'backed', 'supports', 'supported', 'funds', 'funded'] as const;
export const LEX_BACKING_VERBS_FR = ['soutient', 'a soutenu', 'accompagne', 'a accompagné', 'finance', 'a financé'] as const;

/**
 * Verbs of an investor taking part in someone else's round ("Sequoia joined the round", "X et Y ont participé à une levée de
 * fonds de §", "X invested § in …"): their subject is a backer of the round, never its raiser. Leading verbs are apart (a French
 * "a mené une levée" is also said of the company that carried its own round out). "Had taken part in a § round", "X et Y
 * avaient participé à un tour de §", "the fund contributed § to the Series B": the pluperfect and the verb of contributing are the
 * same investor's side (blind misses of three outlets: a venture wire, a medtech trade site, an Indian business daily).
 */
export const LEX_PARTICIPATION_VERBS_EN = ['join(?:s|ed)', '(?:co-)?invest(?:s|ed)', 'participated', 'took part', 'taken part', 'contribut(?:es|ed)'] as const;
export const LEX_PARTICIPATION_VERBS_FR = ['(?:a|ont) rejoint', '(?:a|ont) participé', 'particip(?:e|ent)', '(?:a|ont) souscrit', 'souscri(?:t|vent)', '(?:avai(?:t|ent)) participé'] as const;

/**
 * The investing verbs of a fund in any tense, as open stems ("investira", "a soutenu", "financera", "backed"): what a fund puts
 * into companies. The finite forms above (LEX_INVEST_VERBS_FR, LEX_BACKING_VERBS_*) are read with them wherever a fund's own
 * verb is looked for, so a form added there is read there too.
 */
export const LEX_INVESTING_STEMS = [
  'invest\\p{L}{0,12}', 'soutien\\p{L}{0,12}', 'soutient', 'soutenu\\p{L}{0,12}', 'financ\\p{L}{0,12}', 'backs', 'backed', 'backing',
] as const;

/** Weak verbs that say a raise only with a purpose after the figure ("Payflo gets § to expand"). */
export const LEX_WEAK_VERBS_EN = ['gets', 'got', 'receives', 'received'] as const;
export const LEX_WEAK_VERBS_FR = ['obtient', 'a obtenu', 'reçoit', 'a reçu'] as const;

// ── Quantity words before a figure ───────────────────────────────────────────────────────────────────────────────────────

/** An approximation right before a figure ("about §", "près de §"). */
export const LEX_APPROX = ['about', 'around', 'près de', 'plus de', 'environ'] as const;

/** Counts of companies or rounds, in words ("two startups", "plusieurs sociétés"). */
export const LEX_COUNT_WORDS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several'] as const;
export const LEX_COUNT_WORDS_FR = ['deux', 'trois', 'quatre', 'cinq', 'six', 'plusieurs'] as const;

// ── Dates ────────────────────────────────────────────────────────────────────────────────────────────────────────────────

export const LEX_MONTHS_EN = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;
export const LEX_MONTHS_FR = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** A word with its first letter in capitals ("march" → "March"), for case-sensitive patterns. */
export function lexCapitalised(words: readonly string[]): string[] {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}

// ── Round nouns ──────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Rounds told in the plural, English: a count or a back-reference to several rounds ("both rounds", "the top financings"). */
export const LEX_PLURAL_ROUNDS_EN = ['rounds', 'deals', 'raises', 'financings', 'investments'] as const;
/** The same in French ("ces deux tours de table", "les levées"). */
export const LEX_PLURAL_ROUNDS_FR = ['tours de table', 'levées(?: de fonds)?', 'opérations', 'financements'] as const;

// ── Companies ────────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Sectors used as a company's descriptor ("fintech Acme", "la healthtech Kiplo"): a kind of company, never its name. */
export const LEX_SECTOR_WORDS = [
  'fintech', 'healthtech', 'insurtech', 'edtech', 'proptech', 'agritech', 'cleantech', 'deeptech', 'biotech', 'medtech', 'foodtech',
  'legaltech',
] as const;

/** Companies counted in the plural ("three startups", "cinq jeunes pousses"), EN then FR. */
export const LEX_COMPANY_PLURALS = [
  'companies', 'company', 'startups?', 'start-ups?', 'firms?', 'businesses', 'ventures', 'scale-ups?',
  'entreprises', 'sociétés', 'jeunes pousses', 'pépites',
] as const;
/**
 * The plural forms of the class, derived once from LEX_COMPANY_PLURALS ("startups", never "startup" or "company"), with the
 * unhyphenated "scaleups" and "fintechs" (a sector's plural that names the class): the plural heads of deals.ts (a plural subject, a
 * review's head, a period's opening) read this one list (session 22: it was derived three ways and retyped once by hand).
 */
export const LEX_COMPANY_PLURAL_FORMS: readonly string[] = [
  ...LEX_COMPANY_PLURALS.filter((w) => w !== 'company').map((w) => w.replace(/\?$/u, '')), 'scaleups', 'fintechs',
];

/**
 * The company class in the singular and its people, beside LEX_COMPANY_PLURALS: a raise's generic subject in an explainer
 * ("a founder raises §", "une société lève §", "no startup sector raised §"), EN then FR.
 */
export const LEX_GENERIC_RAISER_NOUNS = [
  'founders?', 'entrepreneurs?', 'business', 'sectors?',
  'société', 'entreprise', 'jeune pousse', 'fondateurs?', 'fondatrices?', 'secteurs?',
] as const;


// ── Not a round ──────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Money from a sale, a crowd, a gift or a subsidy, which the looser raising verbs often carry ("empoche § grâce à la vente"). */
export const LEX_NOT_RAISED_MONEY = [
  // a sale
  'vente', 'cession', 'cède', 'cédé',
  // a crowd or gifts
  'particuliers', 'contributeurs', 'donateurs', 'internautes', 'dons?',
  // public money
  'subventions?', 'prêts? garantis?',
  // English
  'donors', 'sale', 'divestiture', 'proceeds',
] as const;

/** What a company's possessed figure may be instead of a round ("Google’s § acquisition", "Acme’s § revenue"). */
export const LEX_NOT_A_ROUND_NOUNS = [
  // acquisitions
  'acquisition', 'purchase', 'takeover', 'buyout',
  // statistics of the business
  'revenue', 'sales', 'turnover', 'profit', 'loss',
  // a fund, a price, a listing
  'fund', 'valuation', 'market cap', 'IPO', 'listing', 'deal to (?:buy|acquire)',
] as const;

/** Words of a fund manager's figures, not a company's round. */
export const LEX_FUND_FIGURES = ['committed capital', 'capital commitments', 'assets under management', 'under management', 'limited partners'] as const;

/** A table row's round cell that tells another kind of deal (an acquisition, a listing, a merger). */
export const LEX_NOT_ROUND_CELLS = ['M&A', 'IPO', 'Acquisition', 'Acquired', 'Merger', 'Rachat', 'Fusion'] as const;

/**
 * Round 23 (funding.ts isListingParagraph): the signs of a stock-market listing, EN then FR, as whole words. A bare "listing(s)"
 * (a property or a job listing) and a bare "introduction(s)" ("introductions to investors") are left out; a sign glued after a
 * hyphen ("pre-IPO", "SGX-listed") is the reader's to skip.
 */
export const LEX_LISTING_SIGNS = [
  'IPOs?', '(?:initial )?public offerings?', '(?:stock[- ]market |stock exchange |market )listings?', '(?:stock[- ]market|Nasdaq|NYSE) debuts?',
  'flotations?', '(?:went|goes|go|going|gone) public(?! with)', 'listed on (?:the )?(?:[\\p{L}-]{1,30}\\s{1,3}){0,2}?(?:exchange|Nasdaq|NYSE|bourse)',
  'introductions? en bourse', 'introduite?s?(?: [^.;,§]{0,30}?)? (?:en bourse|sur (?:(?:le|la|l[’\'])\\s{0,2})?(?:Euronext|Alternext|Nasdaq|NYSE|bourse|marché (?:réglementé|boursier)|compartiment))', 's[’\'](?:est|étaient|était|sont) introduite?s?', 'entrées? en bourse',
  'nouveaux entrants en bourse',
] as const;
/**
 * Review of round 23 (revAf F1): words that name a listing only beside a clear sign, so they count toward a paragraph about
 * listings only when LEX_LISTING_SIGNS names one there too. "Cotée" is also "rated" ("la mieux cotée de l'App Store") and a
 * class of clients ("des sociétés cotées"); a product has a "market debut", a "trading debut on <a shop>", "public listings" too.
 * Review addendum: "introduit sur" is a listing only before an exchange (a product is "introduit sur le marché belge").
 */
export const LEX_LISTING_SIGNS_WEAK = ['cotations?', 'cotée?s?', '(?:market|trading|public) debuts?', 'public listings?'] as const;
/**
 * Review of round 23 (revAf F1): the nouns that make a listing another firm's ("its rival went public", "un concurrent s'est
 * introduit en bourse"): such a listing says nothing of the raiser's money.
 */
export const LEX_OTHER_FIRM_NOUNS = ['rivals?', 'competitors?', 'peers?', 'concurrente?s?', 'rivales?'] as const;
/**
 * Round 23 (funding.ts isListingParagraph): the nouns of a private round, EN then FR. Narrower than LEX_ROUND_NOUNS: an IPO review
 * also says "raise", "operations", "levée moyenne"; only a stage or a round names a private one.
 */
export const LEX_PRIVATE_ROUND_NOUNS = [
  'rounds?', '(?:pre-)?seed', 'series [A-J]', 'venture', 'angels?', 'fundraise', 'private placement',
  'tours? de table', 'séries? [A-J]', '(?:pré-)?amorçage', 'capital-risque', 'levées? de fonds', 'placement privé',
] as const;

// ── Figures as the deal reader reads them (deals.ts) ─────────────────────────────────────────────────────────────────────

/**
 * The approximations deals.ts steps over between a funding noun or a total and its figure ("a round of more than §", "au total
 * près de §", "bringing its total to some §"): LEX_APPROX widened with the degree words of the same place ("nearly", "up to") and the floors ("at least", "au moins").
 */
export const LEX_APPROX_BEFORE_FIGURE = [...LEX_APPROX, 'more than', 'over', 'nearly', 'almost', 'up to', 'some', 'approximately', 'at least', 'au moins'] as const;

// ── Statistics labels (round 40) ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * A market statistic's label before its figure ("- Total Funding: §", "- Average Deal Size: §", a month review's lines): a total
 * is a sum to date, the others no one's money. deals.ts STATISTIC_LABEL_OPENING reads them opening a line; funding-sentences.ts
 * BREAKDOWN_NAME keeps such a line out of a list of rounds.
 */
export const LEX_TOTAL_LABELS = ['total', 'overall', 'cumulative'] as const;
export const LEX_AVERAGE_LABELS = ['average', 'median', 'mean', 'typical', 'moyenne', 'médiane'] as const;

/**
 * The adjectives of a whole round an investor's ticket is told to be part of ("as part of a larger § round", "as part of a
 * syndicated § Series A"): deals.ts PART_OF_SIZED_ROUND_AFTER (the ticket is no second deal) and raisers.ts
 * INTO_NAME_PART_OF_BEFORE (the round's owner is the name the ticket went into).
 */
export const LEX_WHOLE_ROUND_ADJECTIVES = ['larger', 'broader', 'bigger', 'wider', 'overall', 'total', 'syndicated'] as const;

// ── Headline verbs (round 12, deals.ts fundingVerbAt) ───────────────────────────────────────────────────────────────────

/**
 * Headline verbs of a raise that neither the core verbs of deals.ts nor the synonym lists above hold ("Acme nets §", "Beta grabs
 * § seed", "Kiplo rafle §", "Lydia sécurise §"). Read only with a figure or a round word right after them.
 */
export const LEX_HEADLINE_VERBS_EN = [
  'nets', 'netted', 'bags', 'bagged', 'lands', 'landed', 'rakes in', 'raked in', 'scoops', 'scooped', 'grabs', 'grabbed', 'gets', 'got',
  'wins', 'won', 'pockets', 'pocketed', 'banks', 'banked', 'books', 'booked', 'closes on', 'closed on', 'hauls', 'hauled',
] as const;
export const LEX_HEADLINE_VERBS_FR = [
  'décroch(?:e|ent)', 'a décroché', 'empoch(?:e|ent)', 'sécuris(?:e|ent)', 'a sécurisé', 's[’\']offr(?:e|ent)', 'engrang(?:e|ent)',
  'raf(?:le|lent)', 'a raflé', 'rafl(?:e|ent)', 'obti(?:ent|ennent)', 'récolt(?:e|ent)', 'a récolté', 'boucl(?:e|ent)', 'a bouclé',
  'sign(?:e|ent)', 'a signé', 'touch(?:e|ent)', 'a touché',
] as const;

// ── Public bodies (round 14, funding.ts) ────────────────────────────────────────────────────────────────────────────────

/**
 * A public body's noun ("the government", "le ministère des Armées"): a backer like any other when named among a round's
 * investors, but its own grants, loans and stakes are no round. Singular and plural, EN and FR.
 */
export const LEX_PUBLIC_BODIES = ['governments?', 'ministry', 'ministries', 'gouvernements?', 'ministères?'] as const;

// ── Earlier rounds (round 14, funding.ts) ───────────────────────────────────────────────────────────────────────────────

/** A word that makes a round an earlier one ("its previous round", "sa précédente levée", "the prior financing"). */
export const LEX_EARLIER_WORDS = ['previous', 'prior', 'earlier', 'last', 'précédente?', 'dernière?'] as const;
/** The round nouns an earlier-round word qualifies, EN then FR. */
export const LEX_ROUND_NOUNS = [
  'rounds?', 'raises?', 'fundraises?', 'financings?', 'funding', 'investments?', 'seed', 'series [A-J]',
  'tours?(?: de table)?', 'levées?(?: de fonds)?', 'financements?', 'opérations?', 'séries? [A-J]', 'amorçage',
] as const;

// ── A company's failure news (round 18, deal-status.ts) ───────────────────────────────────────────────────────────────

/**
 * A company's end or retreat told as the news: closing down, bankruptcy, administration, layoffs. A round told beside such news
 * ("shut down after raising §", "The company raised § in March" under a shutdown story) is the company's history, never
 * today's raise. Bounded verb and noun phrases only; "liquidation" alone is left out ("liquidation preference" is a term of a round), and so
 * are "folded" and "collapsed" ("folded its two apps into one", "prices collapsed").
 */
export const LEX_FAILURE_NEWS_EN = [
  'shut(?:s|ting)? down', 'shutter(?:s|ed|ing)', '(?:clos(?:es|ed|ing)|shut(?:s|ting)?) (?:its|their) doors', 'fil(?:es|ed|ing) for (?:bankruptcy|insolvency|administration|Chapter (?:7|11))',
  '(?:went|goes|go|going|gone) (?:bust|bankrupt|under|into (?:administration|receivership|liquidation))', '(?:declares?|declared|declaring) (?:bankruptcy|insolvency)',
  'enter(?:s|ed|ing)? (?:administration|receivership|liquidation)', 'w(?:ind|inds|inding|ound) down',
  'ceas(?:es|ed|ing) (?:operations|trading)', 'lay(?:s|ing)? off', 'laid off', 'layoffs?', 'job cuts', 'cut(?:s|ting)? (?:\\d{1,6} |\\d{1,3}% of (?:its|their) )?(?:jobs|staff|employees|workforce)',
] as const;
export const LEX_FAILURE_NEWS_FR = [
  '(?:a |ont )?ferm(?:e|é|ent|er) (?:ses|leurs) portes', 'ferm(?:e|ent|er) définitivement', '(?:a |ont )?fait faillite', 'faillite', 'dépôt de bilan',
  '(?:a |ont )?dépos(?:e|é|ent|er) (?:le|son|leur) bilan', 'liquidation judiciaire', 'redressement judiciaire', '(?:a |ont )?licenci(?:e|é|ent|er)', 'licenciements?',
  'plan social', '(?:a |ont )?mis la clé sous la porte', 'met(?:tre|tent)? la clé sous la porte', '(?:a |ont )?cess(?:e|é|ent|er) (?:ses|son|leurs|leur) activités?',
  'cessation d[’\']activités?', 'suppressions? de postes', 'supprim(?:e|é|ent|er) (?:\\d{1,6} )?(?:postes|emplois)',
] as const;

// ── What a headline's weak verb wins besides a round (round 14, funding.ts headlineRaise) ───────────────────────────────

/** Contracts, orders, prizes and court money a company "wins", "lands" or "décroche" ("wins $30 million Army contract"). */
export const LEX_NOT_A_ROUND_WINS = [
  'contracts?', 'orders?', 'grants?', 'awards?', 'prizes?', 'tenders?', 'subsid(?:y|ies)', 'settlements?', 'damages', 'fines?',
  'contrats?', 'commandes?', 'prix', 'marchés?', 'appels? d[’\']offres', 'amendes?', 'indemnités?',
] as const;

/** Headline verbs of closing a round, read only before a figure ("Bioo closes a new €1.5 million", "Tilia finalise 2 M€"). */
export const LEX_HEADLINE_CLOSE_VERBS_EN = ['closes', 'closed', 'finalizes', 'finalized', 'finalises', 'finalised'] as const;
export const LEX_HEADLINE_CLOSE_VERBS_FR = ['finalis(?:e|ent)', 'a finalisé', 'obtiennent', 'reçoivent'] as const;

// ── The raiser's number (round 15, deals.ts) ────────────────────────────────────────────────────────────────────────────

/** Participles of raising money, French ("a levé §", "ont récolté §"): the verb after an auxiliary. */
export const LEX_RAISE_PARTICIPLES_FR = [
  'levé', 'récolté', 'collecté', 'mobilisé', 'bouclé', 'obtenu', 'décroché', 'sécurisé', 'rassemblé', 'réuni', 'engrangé', 'amassé',
  'attiré', 'capté', 'empoché', 'glané', 'totalisé', 'cumulé', 'drainé',
] as const;
/** The same verbs in the third person plural, present and imperfect ("les fintech lèvent §", "elles récoltaient §"). */
export const LEX_RAISE_PLURAL_FR = [
  'lèvent', 'levaient', 'récoltent', 'récoltaient', 'collectent', 'mobilisent', 'bouclent', 'obtiennent', 'décrochent', 'sécurisent',
  'rassemblent', 'réunissent', 'engrangent', 'amassent', 'attirent', 'captent', 'empochent', 'glanent', 'totalisent', 'totalisaient',
  'cumulent', 'cumulaient', 'drainent',
] as const;
/** Participles of raising money, English ("has raised §", "have attracted §"). */
export const LEX_RAISE_PARTICIPLES_EN = [
  'raised', 'secured', 'attracted', 'bagged', 'landed', 'closed', 'received', 'pulled in', 'drawn in', 'drawn', 'amassed', 'collected',
  'netted', 'garnered', 'scooped up', 'racked up', 'picked up',
] as const;

// ── Contests named like firms (round 17, investors.ts isInvestorName) ──────────────────────────────────────────────────

/**
 * Head nouns of a contest's or an award's proper name: English puts the head last ("the Northwind Prize", "an Acme Fintech
 * Challenge", optionally followed by "for …"), French first ("le Prix …", "le Concours …"). The giver of a prize is
 * no investor in a round, however firm-like the words before the head ("X Ventures Prize").
 */
export const LEX_CONTEST_HEADS_EN = ['Prizes?', 'Awards?', 'Challenges?', 'Competitions?', 'Contests?', 'Hackathons?'] as const;
export const LEX_CONTEST_HEADS_FR = ['Prix', 'Concours', 'Trophées?'] as const;

// ── Weekdays (round 18: one list for every reader; names.ts, deals.ts, companies.ts retyped it) ─────────────────────────

/** The days of the week, lower case ("lundi dernier", "on Monday"); `lexCapitalised` gives the capitalised forms. */
export const LEX_WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const LEX_WEEKDAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

// ── Institutions and grant-makers (round 20, amountless-rounds.ts readNamedFundingFrom) ─────────────────────────────────

/**
 * Head nouns of a non-commercial institution: a hospital, a university, a festival, a charity or a town hall that "received
 * funding from X" got a grant or a sponsorship, not a round. Read as whole words inside the raiser's noun phrase, EN then FR.
 * ("bank" alone is not here: neobanks raise rounds; only the charity's "food bank" is.)
 */
/** The institutions that also give grants (one list for both readers below; review B finding 5: it was typed twice). */
const GRANT_GIVING_INSTITUTIONS_EN = ['councils?', 'trusts?', 'foundations?', 'charit(?:y|ies)', 'municipalit(?:y|ies)'] as const;
const GRANT_GIVING_INSTITUTIONS_FR = ['fondations?', 'mairies?', 'communes?', 'régions?', 'départements?'] as const;
export const LEX_INSTITUTION_NOUNS_EN = [
  'hospitals?', 'universit(?:y|ies)', 'colleges?', 'schools?', 'festivals?', 'food banks?', 'museums?',
  'librar(?:y|ies)', 'theat(?:re|er)s?', 'orchestras?', 'church(?:es)?', 'hospices?', 'shelters?', 'non-?profits?', 'NGOs?',
  'associations?', ...GRANT_GIVING_INSTITUTIONS_EN,
] as const;
export const LEX_INSTITUTION_NOUNS_FR = [
  'hôpital', 'hôpitaux', 'CHU', 'universités?', 'écoles?', 'collèges?', 'lycées?', 'festivals?', 'musées?', 'bibliothèques?',
  'théâtres?', 'orchestres?', 'banques? alimentaires?', 'associations?', 'ONG',
  'conseils? (?:régionaux|régional|départementaux|départemental|municipaux|municipal)', ...GRANT_GIVING_INSTITUTIONS_FR,
] as const;
/**
 * Givers of grants whose name says so: a trust, a council, a foundation, a region or a lottery fund gives a grant, never a
 * round's stake ("funding from the Wellcome Trust", "from Arts Council England", "de la part de la Région …"). English puts
 * the word last in the name (the head: "the X Trust"), French first ("la Fondation X", "la Région X").
 */
export const LEX_GRANT_MAKERS_EN = [...GRANT_GIVING_INSTITUTIONS_EN, 'lotter(?:y|ies)', 'county', 'counties'] as const;
export const LEX_GRANT_MAKERS_FR = [...GRANT_GIVING_INSTITUTIONS_FR, 'conseils?', 'loterie'] as const;
/**
 * Round 21 (group 2, appended): the nouns of a period, singular, for the readers of a period's total ("le meilleur mois de son
 * histoire, avec §", "a strong year (§ raised by …)"); and the units of a span over which a sum is raised ("in 18 months",
 * "sur trois ans"), plural: a round is raised at one time, a sum over months or years is a total.
 */
export const LEX_PERIOD_NOUNS_EN = ['week', 'weekend', 'fortnight', 'month', 'quarter', 'half', 'half-year', 'semester', 'year'] as const;
export const LEX_PERIOD_NOUNS_FR = ['semaine', 'mois', 'trimestre', 'semestre', 'année', 'exercice'] as const;
export const LEX_SPAN_UNITS = ['months', 'years', 'mois', 'ans', 'années'] as const;

// ── Descriptor heads (round 21, funding.ts nameAfterDescriptor) ─────────────────────────────────────────────────────────

/**
 * Head nouns of a descriptor noun phrase set before a company's name, beside companies.ts COMPANY_KIND (which holds the
 * English kinds and a few French ones; a word it holds — specialist, unicorn, start-up — is not repeated here, the reader
 * joins both lists): "pour le spécialiste du bricolage en ligne Acme", "le champion européen de X Acme",
 * "l'éditeur de logiciels Acme", "la licorne Acme", "for payments pioneer Acme". Whole words, EN then FR. A word ending in
 * "tech" ("la space tech", "la foodtech") is read as a head by the reader itself.
 */
export const LEX_DESCRIPTOR_HEADS = [
  'champions?', 'leaders?', 'pioneers?', 'labs?', 'studios?', 'groups?',
  'spécialistes?', 'éditeurs?', 'licornes?', 'applications?', 'applis?', 'acteurs?', 'fabricants?', 'concepteurs?',
  'développeurs?', 'opérateurs?', 'marques?', 'enseignes?', 'groupes?', 'laboratoires?',
] as const;

// ── Current-round modifiers (round 22, investors.ts) ─────────────────────────────────────────────────────────────────────

/**
 * Words that qualify today's round between its determiner and its noun: "the new round", "its latest funding round", "this fresh
 * financing", "la nouvelle levée", "son dernier tour". EN then FR. Never a year ("the 2019 deal" is an earlier round).
 */
export const LEX_CURRENT_ROUND_MODIFIERS = [
  'new', 'latest', 'fresh', 'recent', 'current', 'funding', 'financing', 'investment',
  'nouvelle', 'nouveau', 'dernière', 'dernier', 'récente?',
] as const;

// ── Bare listing words (round 24, group 2, appended; deals.ts LISTING_SIGN) ─────────────────────────────────────────────

/**
 * The listing words deals.ts's not-funding sentence reads alone, beside LEX_LISTING_SIGNS (which leaves a bare "listing" out, a
 * property or a job listing): together they tell which matched token is a listing, for the negated and the planned listing.
 */
// Round 24 (group 1): the weak listing signs left LEX_LISTING_SIGNS; deals.ts still reads them as listing words.
export const LEX_LISTING_BARE_WORDS = ['listing', 'listed', 'float', 'bourse', 'cotation', ...LEX_LISTING_SIGNS_WEAK] as const;
/**
 * Verbs of planning that make a listing one to come ("plans an IPO", "prépare son introduction en bourse", "is eyeing a listing",
 * "envisage une cotation"), EN then FR (deals.ts PLANNED_BEFORE_SIGN; funding.ts's LISTING_NOT_DONE_BEFORE may read the same list).
 */
export const LEX_LISTING_PLAN_VERBS = [
  'plans?', 'planning', 'consider(?:s|ing)', 'eyes', 'eyeing',
  'prépar(?:e|ent|ait|aient|ant)', 'envisag(?:e|ent|eait|eant)', 'vis(?:e|ent|ait|ant)',
] as const;

// ── Negation words (round 25, group 1) ────────────────────────────────────────────────────────────────────────────────────

/**
 * Words that negate the event after them, EN then FR: "not listed", "never went public", "pas cotée", "ni introduite", "non
 * cotée" (funding.ts LISTING_NOT_DONE_BEFORE; deals.ts NEGATED_BEFORE_SIGN retypes the same six words and may import them).
 */
export const LEX_NEGATION_WORDS = ['non', 'not', 'never', 'pas', 'ni', 'jamais'] as const;

// ── A round still to come (round 26, group 1) ──────────────────────────────────────────────────────────────────────────────

/**
 * Markers of a round still to come, beside the planning verbs (LEX_LISTING_PLAN_VERBS): the future and its time adjuncts, EN
 * then FR ("will raise", "next year", "aims to", "l’an prochain", "prévoit", "s’apprête à"). A round so told is no stage the
 * company has reached (deal-status.ts settleEarlierStages).
 */
export const LEX_FUTURE_MARKERS = [
  'will', 'next (?:year|month|quarter)', 'aims? to', 'seeks? to', 'looking to', 'intends? to',
  'prochaine?', 'prévoi(?:t|ent)', 'compte lever', 's[’\']apprêt(?:e|ent|ait|aient|erait|eraient)', 'devrait',
] as const;

// ── Investor role nouns (round 26, group 2, appended) ─────────────────────────────────────────────────────────────────────

/**
 * Nouns that describe who puts money in, EN then FR: "the § of early backer X", "les § du business angel X", "les § de la banque
 * publique X", "les § de l'investisseur historique X", "the § of billionaire X". In the descriptors of an owned figure they say the money is an investor's
 * ticket, not the named party's round (deals.ts ownedFigureOwner).
 */
export const LEX_INVESTOR_ROLE_NOUNS = [
  'investors?', 'backers?', 'shareholders?', 'angels?', 'lenders?', 'VCs?', 'venture capitalists?', 'public banks?',
  'investisseu(?:r|rs|se|ses)', 'actionnaires?', 'capital-risqueurs?', 'prêteurs?', 'banques? publiques?', 'mécènes?',
  'billionaires?', 'milliardaires?',
] as const;

// ── Other money a company's owned figure may be (round 27, group 2, appended) ─────────────────────────────────────────────

/**
 * Nouns of money that is not a round raised, EN and FR, beside the wins (LEX_NOT_A_ROUND_WINS) and the sale, crowd or subsidy
 * money (LEX_NOT_RAISED_MONEY): a fund or its vehicle, losses and debts, profits, aid and loans, a budget, a "chiffre"
 * (d'affaires). In the descriptors of an owned figure ("les § de pertes de X") they make it that money (deals.ts ownedFigureOwner).
 */
export const LEX_OTHER_MONEY_NOUNS = [
  'funds?', 'fonds', 'vehicle', 'véhicule', 'loss(?:es)?', 'debts?', 'profits?', 'loans?', 'budgets?',
  'pertes?', 'dettes?', 'bénéfices?', 'aides?', 'prêts?', 'chiffre',
] as const;

// ── Elapsed time (round 28, group 1) ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Units of elapsed time, EN and FR, singular and plural. With an adverb of sequence after them (LEX_ELAPSED_ADVERBS) they make
 * a fronted time adverbial: "Hours later, …", "Two weeks after the launch, …", "Quelques heures plus tard, …", "Trois semaines
 * après …". Capitalised at a sentence's start, the unit or its quantifier is never a company (companies.ts isElapsedOpening).
 */
export const LEX_ELAPSED_UNITS = [
  'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?', 'heures?', 'jours?', 'semaines?', 'mois', 'ans?', 'années?',
] as const;
/** The adverbs of sequence after such a unit: "later", "after", "earlier", "plus tard", "après", "auparavant", "plus tôt". */
export const LEX_ELAPSED_ADVERBS = ['later', 'after', 'earlier', 'plus tard', 'après', 'auparavant', 'plus tôt'] as const;

// ── Public funders of a list's projects (review of round 27, F3; funding-sentences.ts) ──────────────────────────────────────

/** Public bodies that fund projects, beside LEX_GRANT_MAKERS_* and LEX_PUBLIC_BODIES: "funded by the state", "financés par l'État". */
export const LEX_STATE_FUNDERS = ['state', 'regions?', 'cit(?:y|ies)', 'provinces?', 'EU', 'European Union', 'État', 'Europe', 'Union européenne'] as const;

// ── A ranking of backers (round 33, group 1; moved from funding.ts) ──────────────────────────────────────────────────────────

/**
 * A ranking of backers, not of raisers ("the most active investors were Acme Ventures with § deployed"): read by funding.ts
 * (reviewWithItems) and deals.ts (a review lead about the backers). The one pattern this file holds rather than a word list, so
 * that deals.ts need not import funding.ts (which imports deals.ts). Flags "iu" only: no `lastIndex` state between readers.
 */
export const REVIEW_OF_BACKERS = /(?<![\p{L}])(?:investors|backers|VCs|investisseurs|investidores)(?![\p{L}])/iu;

/**
 * The items one sentence's list of rounds may hold, for every list reader (funding.ts readListContinuations, deals.ts review
 * entries and "§ for X" items): a review sentence lists a handful of rounds (four at most among the fixtures, 708's "EyeEm §, …
 * Smava § and Number26 §, and MyLorry §"), so twice that. A longer run is a scraped table or price list glued into one sentence
 * and gives no item at all: reading only its first eight would not do, as funding.ts carries a round on to every later item.
 */
export const MAX_LIST_ITEMS = 8;

// ── The core raising verbs and withheld sums (session 22, group 1+4 second shift, appended) ─────────────────────────────────

/**
 * The core verbs of raising money, EN then FR, in the forms the sentence cues read ("raises", "raising", "lever", "levant",
 * "lèvent"): funding.ts SENTENCE_RAISE_CUE reads them beside LEX_RAISE_PARTICIPLES_FR. The press synonyms are apart
 * (LEX_RAISE_SYNONYMS_*), as are the participles of the other verbs (LEX_RAISE_PARTICIPLES_*).
 */
export const LEX_RAISE_CORE_VERBS = ['rais(?:e|es|ed|ing)', 'lev(?:er|é|ée|ées|ant)', 'lève(?:nt)?'] as const;

/**
 * A sum or round the press says is withheld, EN adjectives and FR participle stems ("an undisclosed amount", "un montant non
 * divulgué", "non communiquée", "non dévoilés"): investors.ts WITHHELD_SUM (a withheld sum where a figure would stand) reads
 * them; amountless-rounds.ts WITHHELD_AMOUNT (which finds the round) types the same words.
 */
export const LEX_WITHHELD_EN = ['undisclosed', 'unspecified', 'unannounced', 'unrevealed'] as const;
export const LEX_WITHHELD_FR_STEMS = ['divulgu', 'communiqu', 'dévoil', 'précis', 'révél'] as const;

/**
 * The English finite verbs of leading a round ("X led the round", "qui headed", "it spearheads", "co-led by"): investors.ts's
 * cleft and anaphoric leads (CLEFT_LEAD_VERB, with "is/was leading") and funding.ts's LED_THE_ROUND read this one list.
 * Its first part, LEX_LEAD_VERBS_ROUND_EN ("led", "leads", "co-led"), is the part that tells a lead with no round named:
 * "headed", "heads" and "anchored" also head a company or a team ("The company, headed by its founder, said…"), so
 * funding.ts's LEAD_TOLD (a lead told anywhere in a sentence, which keeps the sentence from the participant binder) reads
 * only this part, with the participle "leading", "spearhead*", the French forms and the nouns.
 */
export const LEX_LEAD_VERBS_ROUND_EN = ['co-?led', 'led', 'leads'] as const;
export const LEX_LEAD_VERBS_EN = [...LEX_LEAD_VERBS_ROUND_EN, 'headed', 'heads', 'spearheaded', 'spearheads', 'anchored'] as const;
