/**
 * Print and web furniture that an extractor kept as body text: ad labels,
 * share and subscribe prompts, "Related" link lists, paywall prompts,
 * newspaper-archive footers, document-site furniture. Each pattern matches a
 * WHOLE short paragraph, so the same words inside a sentence never count.
 */
import type { ArticleDoc, Finding } from './context';
import { keysOf, looseKey, wordCount } from './context';
import { ACCESS_GOALS, ACCOUNT_VERBS, AGENCIES, BYLINE_LEAD, PREVIEW_NOUNS, WIRE_AGENCIES, alternation, isListHeader, lineRules } from './lexicon';
import { breadcrumbLines, chromeLines, doubledLabelHeads, isBodyProse } from './menus';
import { isDataFieldLine } from './line-shape';

/** Whole-paragraph labels (lexicon.ts, by family), in the order that decides a line's message. */
const LABELS = lineRules([
  'archive-footer', 'ad-label', 'module-heading', 'button', 'paywall', 'prompt', 'promo-link', 'related-link', 'document-site',
  'gallery', 'masthead', 'print-note', 'topic-tag', 'hashtag', 'reading-time', 'alt-text', 'icon-description', 'weather',
  'share-bar', 'breadcrumb', 'comments-player', 'shortcode', 'syndication', 'age-banner', 'close-button', 'consent',
  'prompt-more', 'credit-only', 'social-count', 'skip-audio', 'viewer-chrome', 'call-to-action', 'empty-stamp', 'prompt-fr',
  'archive-feed', 'listing-heading', 'browse-cta', 'reader-prompt', 'tag-line', 'feed-footer', 'feed-post-footer', 'wire-trailer',
  'wire-source', 'blog-widget', 'pager', 'sponsor-label', 'paywall-more', 'feedback-widget', 'join-prompt', 'site-footer',
  'rights-line', 'paywall-fr', 'app-promo', 'tag-label', 'blog-footer', 'platform-promo', 'follow-row', 'share-fr',
  'page-end-widget', 'plugin-form', 'platform-button',
  // Round 7: mainstream news sites' ad skips, player notices, newsletter markers, share rows, wire rights, privacy links.
  'ad-skip', 'player-notice', 'newsletter-marker', 'share-more', 'wire-rights',
  'sign-up-box', 'named-sign-up', 'paywall-login', 'story-footer-links', 'browser-note',
  'news-prompts', 'syndicated-feed',
  // Round 8: menu toggles and glued skip links, phrase tag lines, comment engines, membership walls and billing dialogs,
  // kickers, standfirst labels, edition promos, glued "read also" links.
  'nav-toggle', 'tag-line-phrases', 'membership-wall', 'type-section-kicker', 'standfirst-label',
  'edition-promo', 'glued-read-also', 'document-site-menu',
  // Round 9: replica footers (print folios: edge-chrome.ts's page-head reader), metered-paywall counts, bare tag labels, footer link rows.
  'replica-footer', 'meter-count', 'bare-tag-label', 'footer-links',
  // Round 11: newsletter chrome, the paywall's offer box and prices, reader-revenue buttons, feed relays, photo-kind labels.
  'email-view-online', 'email-address-book', 'paywall-offer', 'offer-price', 'offer-banner', 'revenue-button', 'keep-free',
  'feed-relay', 'photo-kind', 'newsletter-section', 'logo-date',
  // Round 12: browser banners, text-size buttons, a magazine's paywall notice, live-page links, local promos, labelled
  // breadcrumbs, picks headings, e-paper breadcrumbs, edition switchers.
  'browser-support', 'font-controls', 'paywall-issue', 'live-link', 'local-promo', 'you-are-here', 'picks-heading',
  'epaper-crumb', 'edition-switcher',
  // Round 13 (fresh pages): image file names, feed source-and-age lines, paywall notices in sentences, latest-articles headings,
  // feedback asks, sale banners with a price, a print front page's dot-leader index and its volume-and-issue line.
  'image-filename', 'source-age', 'subscriber-notice', 'latest-heading', 'feedback-ask', 'sale-banner', 'dot-leader-index',
  'volume-issue', 'read-more-ellipsis', 'newsletter-masthead', 'feed-reader', 'feed-day-header', 'print-jump-line', 'cover-prices', 'lone-ui-icon',
  // Round 14 (batch 11 and a fresh sweep): label-and-pipe related links, coverage promos, empty alert widgets, live-stream promos,
  // "read the full story" link cells, arrowed back links.
  'related-label-pipe', 'coverage-promo', 'empty-alerts', 'live-stream-promo', 'full-story-link', 'arrow-back-link',
  'glued-menu-words',
  // Round 16 (batch 12 and a fresh sweep): a story link's label alone, a pointer to the print edition, a form's captcha notice.
  'story-link-alone', 'read-more-in-paper', 'captcha-notice', 'posted-in-glued',
  // Round 25 (batch 16): a search box's or a follow button's label naming its site.
  'site-control',
  // Round 27 (blind batches 8-17, read by their parts): an ad slot's continuation notice and its controls, a widget's credit.
  'continuation-notice', 'ad-control', 'powered-by',
  // Round 28 (batch 18): a print page's citation closing a short line (an archive's title, a layout slug, a teaser's page).
  'print-page-citation',
  // Round 31: a widget's printf template printed unfilled ("%d bloggers like this:", "Connecting to %s").
  'unrendered-template',
  // Round 31: a link's pointer alone on its line ("Read more company briefs here.", "The full story can be found here.").
  'here-pointer',
  // Round 32: a newspaper archive's note on its machine-read text ("Below is the OCR text …", "This article text was automatically generated …").
  'ocr-note',
  // Round 32: a template's stand-in for a missing picture ("No image available").
  'image-placeholder',
  // Round 33: a row of bracketed link buttons ("[Date Prev][Date Next][Thread Prev]…", "[Report a bug] [Manage cookies]").
  'bracket-link-row',
  // Round 34 (batch 23): a page's note that it is archived ("This page has been archived and is no longer updated."), a skip
  // link without "to" or with the skip bar's next links glued ("Skip Header", "Skip to main contentAccess keys help"), a
  // trail with its home link glued to the next crumb ("AccueilActualité > …").
  'archived-notice', 'skip-link', 'glued-home-crumb',
  // Round 34: a header bar with the weather and the date ("… 01:29 AM | Calgary | -11.7°C | Regions Advertise Login |").
  'weather-bar',
  // Round 35: a site's standing appeal for corrections ("Spotted an error? Let us know.", "Email … to point out mistakes …").
  'corrections-appeal',
  // Round 35: the link to the whole article in other languages' words, and a link to the story at its source.
  'whole-article-link', 'read-at-source',
  // Round 35: a comment box's rules heading and report line.
  'comment-rules',
  // Round 38 (issue 4): ad placeholders, empty tag lines, a font size's value, trackback headings, CJK back-to-top, a
  // flipbook's page label, an arrowed "learn more", a wire's standards footer, notification dialogs, a logo's alt text,
  // a date glued to the reading time, a newsletter's daily pitch, "See all <Section>", an archive's OCR heading (lexicon.ts).
  'ad-placeholder', 'empty-tag-line', 'font-size-value', 'trackback', 'back-to-top-cjk', 'flipbook-page-label',
  'learn-more-arrow', 'wire-standards', 'notification-dialog', 'site-icon', 'dated-reading-time', 'newsletter-pitch',
  'see-all-section', 'ocr-heading',
  // Round 40 (issue 4, batch 28): back links to a list, the to-top button, "Read more." with its stop, the skip links'
  // heading, the send-by-email form's heading (lexicon.ts).
  'back-to-list', 'to-top', 'read-more-stop', 'accessibility-links', 'email-article-form',
  // Round 42 (batch 29): a header's link row on one spaced line ('Home Login RADIO ONLINE RSS Facebook'; lexicon.ts NAV_ROW).
  'nav-row',
]);

/**
 * Round 36: a browser push-notification prompt ("Get the latest updates as we post them — right on your browser", 601; the
 * lexicon's 'push-prompt' reads the line). The same words are a how-to step in an article ("Turn on notifications in your
 * browser."), so the line needs the prompt's own shape too: the site speaking of itself (PUSH_SITE_FACING: "as we post
 * them", "nos alertes"), its buttons on the line above or below (PUSH_PROMPT_BUTTON: 601's "Install"; "Allow" / "Block"),
 * or the page's edge (the text's first or last line, where the overlay's text lands; a banner's place in furniture.ts).
 * Not in LABELS: the label rules know no position, and other detectors asking isFurnitureLine need not count it.
 * ONE outlet for the line's words (601); 422's prompt is another wording, read by prompts.ts.
 */
const PUSH_PROMPT = lineRules(['push-prompt'])[0]!;
const PUSH_SITE_FACING = /(?<![\p{L}])(?:we|our|us|nous|nos|notre|la rédaction)(?![\p{L}])/iu;
const PUSH_PROMPT_BUTTON = /^(?:install|allow|block|not now|no thanks|(?:maybe )?later|installer|autoriser|bloquer|plus tard|non merci|pas maintenant)$/iu;
function isPushPrompt(ps: readonly string[], i: number): boolean {
  const p = ps[i]!;
  if (!PUSH_PROMPT.re.test(p)) return false;
  const button = (k: number): boolean => k >= 0 && k < ps.length && PUSH_PROMPT_BUTTON.test(ps[k]!.trim());
  return PUSH_SITE_FACING.test(p) || button(i - 1) || button(i + 1) || i === 0 || i === ps.length - 1;
}

/** A feed or site copyright notice at the head of a paragraph, up to where the content starts ("Copyright law …" is prose: the word needs a © or a year). */
const COPYRIGHT_PREFIX = /^(?:版权所有|copyright\s?(?:©|\(c\)|\d{4})|©|\(c\) |all rights reserved)[^<\n]{0,60}?(?=\s+(?:<|https?:\/\/)|$)/iu;

/**
 * A rights notice of several sentences, read sentence by sentence: it opens on a rights claim (a copyright with its sign or
 * year, "All rights reserved", "This copy is for your personal non-commercial use only", "Tous droits réservés") and every
 * sentence after it is about rights, reprints, distribution or permissions ("Distributed by <aggregator>.", "To contact
 * the copyright holder … for permission to republish …, click here.", "To order presentation-ready copies … or inquire
 * about permissions/licensing, please go to: …"). The short one-line notices are the lexicon's 'rights-line'; this is the
 * paragraph the label rules leave when it is longer. Outlets: a news aggregator's syndication footer (592) and a daily's
 * reprint notice (470). A story about copyright reports it (quotes, "said") or has sentences about something else.
 */
const RIGHTS_OPENER = /^(?:(?:copyright|©|\(c\))\s?(?:©\s?|\(c\)\s?)?(?:\d{4}|©)|all rights reserved|tous droits réservés|this (?:copy|article|content|material|story) is (?:for|intended for|provided for) (?:your )?personal,? (?:and )?non-?commercial use(?: only)?)/iu;
const RIGHTS_WORD = /(?<![\p{L}])(?:copyright\p{L}*|rights?|reprints?|republish\p{L}*|redistribut\p{L}*|distribut\p{L}*|permissions?|licens\p{L}*|authori[sz]ed use|non-?commercial|presentation-ready|reproduction|droits|reprodui\p{L}*|diffus\p{L}*|autorisation)(?![\p{L}])/iu;
/** A sentence break: a final stop and a space before a capital (a domain's dot has no space after it). */
const NOTICE_SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;
const MIN_RIGHTS_SENTENCES = 2;
const RIGHTS_MESSAGE = 'Copyright or rights notice left in the text.';
const MAX_RIGHTS_NOTICE = 600;

function isRightsNotice(p: string): boolean {
  if (p.length > MAX_RIGHTS_NOTICE || !RIGHTS_OPENER.test(p) || REPORTED.test(p)) return false;
  const sentences = p.split(NOTICE_SENTENCE_BREAK);
  return sentences.length >= MIN_RIGHTS_SENTENCES && sentences.slice(1).every((t) => RIGHTS_WORD.test(t));
}

/**
 * A site's note that this article comes from its archive, read sentence by sentence like the rights notice: it opens on
 * the article said to come from an archive ("This article is from the archive of our partner The Wire.", "This article
 * is from the archive of The New York Sun before the launch of its new website in 2022.", "Cet article est issu des
 * archives de …") and every sentence after it is about the archive's copy: not altered, updated or edited, errors
 * corrected, problems of the transfer, the original form or date, the copy out of date. A site's archive note may also open on
 * the old stories it holds ("News stories published before January 2021 are part of our online news archive.", a
 * university's news pages, a fresh page) or on the copy's move into it ("Converted for the new archive on …": ONE outlet
 * so far, batch 24's 715, a Newsquest daily's template line; no second title found in the pages corpus in session 22, so a
 * stub of that template, kept to a bound tail and a sentence after it on the copy). Outlets: a daily's archive disclaimer above every old
 * article (batch 22's 646) and a magazine's note on its partner's archived posts (found in a public repository's list of
 * lines to strip from scraped magazine pages, find_string). A story quoting an archive has its own subject ("The letter
 * is from the archive of the harbour board, the museum said.") or reports it; a sentence after the opener about anything
 * else ends the reading.
 */
const ARCHIVE_OPENER = /^(?:news )?(?:stories|articles|pages|posts|items) (?:that were |which were )?(?:published|posted) before [^.!?]{3,30}? (?:are|form) (?:now )?(?:part of|kept in|held in) (?:our|the) (?:online |news )*archives?(?![\p{L}])|^(?:les )?(?:articles|contenus|actualités|pages) (?:publiée?s|parue?s) avant [^.!?]{3,30}? (?:font (?:désormais )?partie de|sont conservée?s dans) (?:nos|les) archives(?![\p{L}])|^(?:this|the following) (?:article|story|page|piece|post|item|content|report) (?:is|was|comes|came) (?:(?:taken|drawn) )?from (?:the |our |an )?archives?(?![\p{L}])|^(?:this (?:article|story|page|post) (?:was|has been) )?(?:converted|transferred|migrated|imported|moved) (?:for|to|into) (?:the |our )?(?:new |online )?archives?(?: on (?:\d{1,2} \p{L}{3,9} \d{4}|\p{L}{3,9} \d{1,2},? \d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}))?(?![\p{L}])|^(?:(?:cet|cette|ce) (?:article|page|texte|contenu) a été )?(?:converti|transféré|migré|importé)e? (?:vers|dans|pour) (?:la nouvelle |les |nos )?archives?(?: le \d{1,2} \p{L}{3,9} \d{4})?(?![\p{L}])|^(?:cet|cette|ce) (?:article|page|texte|contenu) (?:est (?:issue?|tirée?|extraite?)|provient|fait partie) (?:des|de nos|de l['’]) ?archives?(?![\p{L}])/iu;
/**
 * What may follow the opener's "archive(s)" in its own sentence: the archive's owner as a name ("of The Quay Gazette", "of our
 * partner The Wire", "de La Gazette du Port"; "our archive" names the site itself), then at most a bound in time ("before the
 * launch of its new website in 2019", ", antérieures à la refonte du site"), and nothing else. A story citing an archive tells
 * what is in it ("drawn from the archives of the harbour board, which show the port nearly closed in 1931."): not a site's note.
 */
const ARCHIVE_OWNER_TAIL = /^(?:\s+(?:of|de|du)\s+(?:our partner\s+|notre partenaire\s+)?(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|de|du|des|and|et|&)){0,6})?(?:,?\s+(?:before|until|prior to|avant|jusqu['’]à|antérieure?s? à)\s[^,;]{0,80})?\s*[.!]?\s*$/u;
const ARCHIVE_WORD = /(?<![\p{L}])(?:archiv\p{L}*|out[- ]of[- ]date|obsolètes?|altered|updated|edited|changed|modified|correct\p{L}*|errors?|mistakes?|transfer\p{L}*|migrat\p{L}*|original\p{L}*|publication|formatting|modifiée?s?|mise?s? à jour|corrig\p{L}*|erreurs?|transfert|d['’]origine)(?![\p{L}])/iu;
const ARCHIVE_MESSAGE = 'A site’s note that the article comes from its archive left in the text.';
const MAX_ARCHIVE_NOTICE = 600;

function isArchiveNotice(p: string): boolean {
  const opener = ARCHIVE_OPENER.exec(p);
  if (p.length > MAX_ARCHIVE_NOTICE || !opener || REPORTED.test(p)) return false;
  const sentences = p.split(NOTICE_SENTENCE_BREAK);
  if (!ARCHIVE_OWNER_TAIL.test(sentences[0]!.slice(opener[0].length))) return false;
  return sentences.slice(1).every((t) => ARCHIVE_WORD.test(t));
}

/**
 * An investment site's risk warning, read sentence by sentence like the rights notice: after an optional label ("Important
 * information:", "Risk warning:", "Avertissement :"), it opens on one of the regulator's set sentences, whole, with nothing of
 * a story's own in it: "The value of investments (and the income from them) can go down as well as up (so you may get back
 * less than you invest).", "Past performance is not a reliable guide to future returns.", "Capital at risk.", "Les
 * performances passées ne préjugent pas des performances futures.", "Tout investissement comporte un risque de perte en
 * capital." Every later sentence is another set sentence or disclaims (views expressed, acted upon, a third-party feed,
 * advice, a recommendation, risk, with a negated predicate or as its subject: RISK_DISCLAIMER). Outlets: a fund platform's warning over its newswire items (batch 23's
 * 660, was MISSED), and the same set sentences as the fixed footers of brokers', wealth managers' and fund sites' templates
 * in English and French (public repositories, find_string: several sites each). A story about markets uses the words in a
 * sentence of its own ("The value of shares can fall as well as rise, and many savers learned that in 2008.") or reports
 * them ("said"): the set sentence must end where the regulator's wording ends.
 */
const RISK_LABEL = /^(?:important information|important|risk warning|investment risk|capital at risk|warning|disclaimer|avertissement(?: sur les risques)?|mise en garde|information importante)\s?[:.–—-]\s*/iu;
/** The regulator's set sentences, each whole up to its closing stop (EN, FR). */
const RISK_SENTENCES_EN = [
  String.raw`(?:please (?:note|remember) that )?(?:the )?value of (?:your |an |any )?(?:investments?|shares?|units?|funds?|holdings?)(?:,? and (?:the |any )?income (?:from|derived from) (?:them|it),?)? (?:can|may|could) (?:go down|fall|decrease|go up|rise|increase|fluctuate)(?: (?:as well as|or) (?:go )?(?:up|rise|down|fall|increase|decrease))?(?:,? (?:so|and) (?:you|investors) (?:may|could|might) (?:get|receive) back less than (?:you|they|the amount (?:you|they)) (?:originally )?(?:invest(?:ed)?|put in))?`,
  String.raw`past performance (?:is not|isn['’]t|is no|should not be (?:taken as|seen as|regarded as)) (?:a |an )?(?:reliable |necessarily (?:a |an )?)?(?:guide|indicator|indication|guarantee) (?:to|of|for) (?:future )?(?:performance|results|returns)(?: in the future)?`,
  String.raw`past performance (?:does not|doesn['’]t) (?:guarantee|predict|indicate) future (?:performance|results|returns)`,
  String.raw`(?:your )?capital (?:is )?at risk`,
  String.raw`(?:all )?(?:investing|investments?) (?:carries|carry|involves?) (?:a (?:degree of )?)?risks?(?: to your capital)?`,
  String.raw`(?:you|investors) (?:may|could|might) (?:get|receive) back less than (?:you|they) (?:originally )?(?:invest(?:ed)?|put in)`,
];
const RISK_SENTENCES_FR = [
  String.raw`les performances passées ne (?:préjugent pas|présagent pas|sont pas (?:un indicateur fiable|une garantie)|garantissent pas) (?:des |de )?(?:performances|résultats) futur(?:e?s)?`,
  String.raw`la valeur (?:des|de vos|de votre|d['’]un|d['’]une) (?:investissements?|placements?|parts|actions|portefeuilles?) (?:peut|est susceptible de) (?:fluctuer|varier|baisser|évoluer)(?: (?:à la hausse comme à la baisse|à la hausse ou à la baisse))?`,
  // "Tout investissement comporte un risque de perte en capital.", and the commonest form, "Investir comporte des risques (de
  // perte en capital)." (find_string "préjugent pas des performances futures": 3 of 10 hits open on it).
  String.raw`(?:investir|(?:tout |l['’]|un )?investissement) (?:comporte|présente|implique) (?:un |des )?risques?(?: de perte (?:en|de) capital)?`,
  String.raw`(?:le |votre )?capital (?:investi )?n['’]est pas garanti`,
];
const RISK_SENTENCE = new RegExp(String.raw`^(?:${[...RISK_SENTENCES_EN, ...RISK_SENTENCES_FR].join('|')})\s?[.!]?$`, 'iu');
/**
 * What a later sentence of the notice is about: the views it disclaims, the feed, advice, risk (EN, FR). Read only with
 * RISK_DISCLAIMER: "The fund’s new manager takes the opposite view." or "Le conseil d’administration a validé le plan." have
 * the word and go on with a story.
 */
const RISK_WORD = /(?<![\p{L}])(?:views?|opinions?|acted upon|third[- ]party|feed|advice|recommendations?|risks?|past performance|(?:not|no) guarantee|conseils?|recommandations?|risques?|avis|garantie)(?![\p{L}])/iu;
/**
 * How a later sentence disclaims: a negated modal or copula ("may not reflect", "may no longer be current", "is not intended
 * as", "ne constituent pas", "n’est pas"), or it opens on what the notice disclaims, a closed class (the views, opinions,
 * information, content, this feed). 660's two disclaimer sentences carry the negated modal.
 */
const RISK_DISCLAIMER = /(?<![\p{L}])(?:(?:may|might|do|does|is|are|should|can|could|will|would|must)(?: not|n['’]t| no longer)|not (?:a|an|intended|to be)|ne\s+(?:\S+\s+)?(?:pas|plus|jamais)|n['’]\S+\s+(?:\S+\s+)?(?:pas|plus|jamais))(?![\p{L}])|^(?:the |these |any |all |such |this |ces |les |cet |ce |cette )?(?:views?|opinions?|information|content|feed|informations|opinions|contenus?|avis)(?![\p{L}])/iu;
const RISK_MESSAGE = 'An investment site’s risk warning (its set disclaimer) left in the text.';
const MAX_RISK_NOTICE = 600;

function isRiskWarning(p: string): boolean {
  if (p.length > MAX_RISK_NOTICE || REPORTED.test(p)) return false;
  const sentences = p.replace(RISK_LABEL, '').split(NOTICE_SENTENCE_BREAK);
  return RISK_SENTENCE.test(sentences[0]!) && sentences.slice(1).every((t) => RISK_SENTENCE.test(t) || (RISK_WORD.test(t) && RISK_DISCLAIMER.test(t)));
}

/** The masthead's date line: "Tuesday, May 31, 2011". Masthead furniture only next to a cover price. */
const MASTHEAD_DATE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}$/i;
const MASTHEAD_REACH = 3;
const MASTHEAD_MESSAGE = 'Print masthead furniture (date, address or cover price) left in the text.';

/** A date widget's label with no date. */
const EMPTY_STAMP = /^(?:published|updated|last updated|posted|modified)\s*:?$/i;

/**
 * A paywall prompt that names the subscription it needs, with its log-in and support sentences after it: "A subscription to
 * The Valley Gazette is required to continue reading this post. Click here to become a subscriber. If you already have an
 * account, login here.", "You need a subscription to keep reading.", "Un abonnement au Courrier est nécessaire pour lire la
 * suite de cet article." It opens the paragraph: a sentence about subscriptions in a story has a subject of its own.
 */
const REQUIRED_SUBSCRIPTION = /^(?:(?:a|an) (?:paid |digital |active |premium )?(?:subscription|membership) (?:to|with|for) [^.!?]{1,50}? (?:is|are) (?:required|needed|necessary)|you (?:need|must have) (?:a|an) (?:paid |digital |active )?(?:subscription|membership|account)|(?:un|votre) abonnement (?:à|au|aux|a) [^.!?]{1,50}? est (?:nécessaire|requis|obligatoire)|vous devez être (?:abonné|abonnée|abonné·e|inscrit|membre))[^.!?]{0,40}? (?:to|pour) (?:continue reading|keep reading|read|access|view|see|continuer|poursuivre|lire|accéder|consulter)\b/iu;
/**
 * A link card's residue: a title, the site's address and its templated description ("Festive parcels go by courier
 * example.com - get the latest breaking news, showbiz & celebrity photos, sport news & rumours…", "Harbour plan passes
 * gazette.co.uk | Your source for local news, sport and weather", "lemonde.fr - Toute l'actualité en continu"). The address,
 * a separator, the description's opening call: a story names a site inside a sentence, not before a dash and "get the latest".
 */
const SITE_DESCRIPTION = /^[^.!?]{0,120}?(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|co\.uk|cn|com\.cn|in|co\.in|fr|com\.au|ca|news|info)\s?[-–—|:]\s?(?:(?:get (?:all )?|read |all )?the latest (?:breaking )?(?:news|headlines|stories|updates)|your (?:source|home|destination|go-to) for|breaking news|latest news|toute l['’]actualité|l['’]actualité|retrouvez (?:toute )?l['’]actualité|actualités? (?:et|en) )[^\n]{0,300}$/iu;

/**
 * A reader's access notice, read clause by clause rather than as one phrase: the site tells the reader what they see (a
 * preview) and what to do to read on (an account action, a reading goal). Every clause of the short line must be one of
 * these, so a sentence of a story that happens to hold "to continue reading" has its other clauses and is never one.
 *   - a reading goal, as an infinitive of purpose: "To continue reading…", "pour lire la suite";
 *   - an account action before a goal: "Subscribe to continue", "inscrivez-vous pour lire la suite", "Log in to continue";
 *   - an account action alone, beside a goal or a preview clause: "To continue reading, please subscribe or sign in";
 *   - a preview told to the reader: "You're reading a preview", "Vous lisez un aperçu".
 * Blind misses on several outlets (a trade weekly's cut article "To continue reading...", a document site's "Vous lisez un
 * aperçu, inscrivez-vous pour lire la suite.", local papers' "Log in to continue", a metered site's "Subscribe to continue").
 * The verbs and goals are closed classes of the lexicon (ACCOUNT_VERBS, ACCESS_GOALS, PREVIEW_NOUNS).
 */
const ACCOUNT_ACTION = String.raw`(?:please |veuillez )?(?:${ACCOUNT_VERBS.join('|')})(?: (?:or|and|ou|et) (?:${ACCOUNT_VERBS.join('|')}))*(?: (?:now|today|here|maintenant|ici))?`;
const PURPOSE = String.raw`(?:to|pour|afin de)`;
const GOAL_CLAUSE = new RegExp(String.raw`^(?:${PURPOSE} (?:${ACCESS_GOALS.join('|')})|${ACCOUNT_ACTION} ${PURPOSE} (?:${ACCESS_GOALS.join('|')}|continue|continuer|read on))$`, 'iu');
const ACCOUNT_CLAUSE = new RegExp(String.raw`^${ACCOUNT_ACTION}$`, 'iu');
const PREVIEW_CLAUSE = new RegExp(String.raw`^(?:you(?:['’]re| are)(?: now)? (?:reading|viewing|seeing)|you have|vous (?:lisez|consultez|visualisez|avez)) (?:a|an|un|une) (?:free |short )?(?:${PREVIEW_NOUNS.join('|')})(?: gratuit| view| version)?(?: (?:of|de) (?:this|the|cet|cette|ce|l['’]) ?\p{L}{0,12})?$`, 'iu');
/** Clause breaks of a notice: commas, semicolons, colons, sentence ends and ellipses. */
const NOTICE_CLAUSE_BREAK = /\s*(?:[,;:!?…|]|\.{1,3})\s*/u;
const MAX_ACCESS_NOTICE = 200;

function isAccessNotice(p: string): boolean {
  if (p.length > MAX_ACCESS_NOTICE || /["“”«»]/u.test(p)) return false;
  const clauses = p.split(NOTICE_CLAUSE_BREAK).filter((c) => c.length > 0);
  if (clauses.length === 0) return false;
  let told = false;
  for (const c of clauses) {
    if (GOAL_CLAUSE.test(c) || PREVIEW_CLAUSE.test(c)) told = true;
    else if (!ACCOUNT_CLAUSE.test(c)) return false;
  }
  return told;
}

/** A paywall paragraph with its support and log-in sentences stays short. */
const MAX_PAYWALL_LENGTH = 600;

/** Each piece of a prompt split at its links is short and stops mid-sentence ("For access to this article please" / "sign in or"). */
const SPLIT_PIECE = /^[^.!?]{2,60}$/u;
/** The whole prompt, its pieces joined: "For access to this article please sign in or subscribe.", "Pour lire cet article, connectez-vous ou abonnez-vous." */
const SPLIT_PAYWALL = /^(?:for (?:full )?access to this (?:article|story|content|page)|to (?:read|continue reading|keep reading|access|view) (?:this|the full|the rest of this) (?:article|story|content)|to continue reading|pour (?:lire|accéder à|consulter) (?:la suite de )?(?:cet article|ce contenu|l['’]article)|pour continuer (?:à lire|la lecture)),? (?:please |veuillez )?(?:sign in|log ?in|register|vous connecter|connectez-vous|vous identifier|identifiez-vous)(?: or| and| ou| et)? (?:subscribe|sign up|register|create an account|vous abonner|abonnez-vous|vous inscrire|inscrivez-vous)(?: today| now| maintenant)?\s?[.!]?$/iu;
/** A prompt is split into at most this many lines. */
const MAX_SPLIT_PIECES = 4;

/** The last line of a paywall prompt split over lines starting at i (its link labels each on a line), or -1. */
function splitPaywall(ps: readonly string[], i: number): number {
  if (!SPLIT_PIECE.test(ps[i]!)) return -1;
  let joined = ps[i]!;
  for (let j = i + 1; j < ps.length && j < i + MAX_SPLIT_PIECES; j++) {
    const piece = ps[j]!;
    if (piece.length > 60) return -1;
    joined += ' ' + piece;
    if (SPLIT_PAYWALL.test(joined)) return j;
    if (!SPLIT_PIECE.test(piece)) return -1;
  }
  return -1;
}

/** Calls to action longer than this are prose that mentions a newsletter. */
const MAX_CTA_LENGTH = 320;

/**
 * Sign-up and account prompts written as sentences: "If this was forwarded to
 * you, sign up here.", "Create your account for free …", "… delivered to your
 * inbox.", "… sent straight to your inbox", "… livrée directement dans votre boîte mail". Second-person imperative phrasing only: a report that "users create
 * an account" or "readers signed up" is not one. What is sent to the inbox is a newsletter's (news, updates, newsletter,
 * stories, headlines; nouvelles, l'actualité, nos articles) within the sentence, or "Get …", or the participle opens a
 * verbless sentence ("Delivered to your inbox."): invoices or phishing e-mails "sent to your inbox" are news, not a box.
 */
const CTA_PHRASE = /\b(?:if this (?:email |newsletter )?was forwarded to you|(?:were|was) you forwarded this|sign up here|subscribe here|create (?:your|a free) account|(?:\b(?:news|updates|newsletters?|stories|headlines)\b[^.!?]{0,60}?|(?:^|[.!?]\s+)get\b[^.!?]{0,60}?|(?:^|[.!?]\s+))(?:delivered|sent) (?:straight |directly |right )?to your inbox|(?:\b(?:nouvelles|actualités?|l['’]actualité|nos articles|newsletters?|lettres? d['’]information)[^.!?]{0,60}?|(?:^|[.!?]\s+))(?:envoyée?s?|livrée?s?) (?:directement )?dans votre boîte (?:mail|e-?mail|de réception))\b/i;
/**
 * A promotional imperative ending in "!": "Visit Finnovating to connect with
 * over 8k investors … and begin to grow your company!". An emoji (or its
 * garbled bytes) may lead it.
 */
const CTA_IMPERATIVE = /^(?:[^\p{L}\p{N}\s]{1,4}\s|[^\p{Script=Latin}\p{N}\s]{1,4}\s)?(?:visit|join|sign up|subscribe|register|download|create|try) [^.!?]{10,200}!$/iu;

/**
 * A subscription pitch: the imperative to subscribe to a product, then what the reader gets for it, in one sentence that
 * opens the line ("Subscribe to MoneyWeek today and get your first six magazine issues absolutely FREE", "Subscribe to AM
 * Premium and download NSE FY2015 results and more than 7000 others …", "Abonnez-vous à La Gazette et recevez …"). Two
 * outlets of batch 22 (a weekly's subscription box spliced mid-article, 653; a market-data site's pitch after the article,
 * 638). A story reports who subscribed, or quotes the slogan.
 */
const CTA_PITCH = /^(?:subscribe|sign up|register) (?:to|for) [^.!?]{1,60}? and (?:get|download|receive|enjoy|save|access|read|unlock)(?![\p{L}])[^.!?]{3,220}[.!]?$|^(?:abonnez|inscrivez)-vous (?:à|au|aux) [^.!?]{1,60}? et (?:recevez|téléchargez|profitez|accédez|lisez|économisez|bénéficiez)(?![\p{L}])[^.!?]{3,220}[.!]?$/iu;

function isCallToAction(p: string): boolean {
  return !/[“”"]/u.test(p) && (CTA_PHRASE.test(p) || CTA_IMPERATIVE.test(p) || CTA_PITCH.test(p));
}

/** The page's <title>: a headline, then " | " and the site's address ("… How It Works | early.tools"). */
const SITE_TITLE = /\S \| (?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}$/i;

/** A re-poster's source line: "Source: <the headline>", "Via: …". */
const SOURCE_COPY = /^(?:source|via|originally published (?:as|at|on))\s?:\s*/i;

/**
 * A related-story link glued after a sentence end with no space
 * ("… war chest of cash.SEE ALSO: Construction of … in weeksHyperloop is …"):
 * it runs to the seam where the next sentence's capital is glued to it.
 */
const GLUED_RELATED = /(?<=[.!?]["'”’)]?)(?:SEE ALSO|See also|READ MORE|Read more|ALSO READ|Also read|RELATED|Related|READ ALSO|Read also):\s?[^]{5,200}?\p{Ll}(?=\p{Lu}\p{Ll})/gu;

function gluedRelatedLinks(doc: ArticleDoc, i: number, out: Finding[]): void {
  const p = doc.paragraphs[i]!;
  if (!/(?:see also|read more|also read|related|read also):/i.test(p)) return;
  for (const m of p.matchAll(GLUED_RELATED)) {
    const start = (doc.starts[i] ?? 0) + m.index!;
    out.push({ kind: 'boilerplate', start, end: start + m[0].length, message: 'A link to another story glued inside the paragraph.', fix: '' });
  }
}

/** A teaser chip at the start of a paragraph: "Read More 9 minute read Is this …". */
const TEASER_CHIP = /^(?:read more|continue reading)\s+\d{1,3}\s?(?:min|mins|minutes?)\.? read\b\s*/iu;


/** A link headline: short, no final full stop. */
function isLinkHeadline(p: string): boolean {
  const words = wordCount(p);
  return words >= 3 && words <= 22 && !/[.!?]["'”’]?$/.test(p) && /^["'‘“\p{Lu}\p{N}]/u.test(p);
}

/** Short navigation-menu items: one to four capitalised words, nothing else. */
const MENU_ITEM = /^(?:\p{Lu}[\p{L}'’.-]*)(?: (?:\p{Lu}[\p{L}'’.-]*|&|and|of|de|van|von)){0,3}$/u;
/** Fewer consecutive menu items than this is a list or a name, not a menu. */
const MIN_MENU_RUN = 6;
/** At the top of the text, right above the body's first paragraph of prose, this many items are a menu. */
const MIN_TOP_MENU_RUN = 4;

export function findBoilerplate(doc: ArticleDoc): Finding[] {
  const flagged: Array<{ i: number; j: number; message: string }> = [];
  const prefixes: Finding[] = [];
  const n = doc.paragraphs.length;
  const firstProse = doc.paragraphs.findIndex(isBodyProse);
  for (let i = 0; i < n; i++) {
    const p = doc.paragraphs[i]!;
    if (p.length > 220) {
      const c = COPYRIGHT_PREFIX.exec(p);
      if (c && c[0].length >= 4) prefixes.push(copyrightPrefix(doc, i, c[0].length));
      else if (p.length <= MAX_PAYWALL_LENGTH && REQUIRED_SUBSCRIPTION.test(p)) flagged.push({ i, j: i, message: 'Paywall prompt left in the text.' });
      else if (p.length <= MAX_PAYWALL_LENGTH && SITE_DESCRIPTION.test(p)) flagged.push({ i, j: i, message: 'A link card’s site description left in the text.' });
      else if (isRightsNotice(p)) flagged.push({ i, j: i, message: RIGHTS_MESSAGE });
      else if (isArchiveNotice(p)) flagged.push({ i, j: i, message: ARCHIVE_MESSAGE });
      else if (isRiskWarning(p)) flagged.push({ i, j: i, message: RISK_MESSAGE });
      continue;
    }
    const split = splitPaywall(doc.paragraphs, i);
    if (split > i) {
      flagged.push({ i, j: split, message: 'Paywall prompt (split over lines at its links) left in the text.' });
      i = split;
      continue;
    }
    if (isListHeader(p)) {
      let j = i;
      // Above the body's first prose, the line under a module's heading is the article's own headline, not a link of the
      // module: the heading is flagged alone there ("Latest Science News" over the headline).
      if (i >= firstProse) while (j + 1 < n && isLinkHeadline(doc.paragraphs[j + 1]!) && j - i < 10) j++;
      flagged.push({ i, j, message: j > i ? '“Related” link list left in the text.' : 'Website module heading left in the text.' });
      i = j;
      continue;
    }
    const label = labelOf(p) ?? (isPushPrompt(doc.paragraphs, i) ? PUSH_PROMPT : undefined);
    // A listing page's own heading above the article is page metadata (lexicon.ts LISTING_HEADINGS).
    if (label?.name === 'listing-heading' && i < firstProse) continue;
    if (label) {
      flagged.push({ i, j: i, message: label.message });
      continue;
    }
    if (isAccessNotice(p)) {
      flagged.push({ i, j: i, message: 'Paywall prompt left in the text.' });
      continue;
    }
    if (REQUIRED_SUBSCRIPTION.test(p)) {
      flagged.push({ i, j: i, message: 'Paywall prompt left in the text.' });
      continue;
    }
    if (SITE_DESCRIPTION.test(p)) {
      flagged.push({ i, j: i, message: 'A link card’s site description left in the text.' });
      continue;
    }
    if (isRightsNotice(p)) {
      flagged.push({ i, j: i, message: RIGHTS_MESSAGE });
      continue;
    }
    if (isArchiveNotice(p)) {
      flagged.push({ i, j: i, message: ARCHIVE_MESSAGE });
      continue;
    }
    if (isRiskWarning(p)) {
      flagged.push({ i, j: i, message: RISK_MESSAGE });
      continue;
    }
    const c = COPYRIGHT_PREFIX.exec(p);
    if (c && c[0].length >= 4) prefixes.push(copyrightPrefix(doc, i, c[0].length));
    // Navigation menu: a run of bare names or section labels.
    if (MENU_ITEM.test(p.trim())) {
      let j = i;
      while (j + 1 < n && MENU_ITEM.test(doc.paragraphs[j + 1]!.trim())) j++;
      // Menus sit at the edges of the extracted text; a run mid-body is a list, table or diagram.
      // A shorter run at the very top is a menu when the body's prose follows it with no headline between (one site
      // line, a tagline or a logo's name, may sit above it).
      const topMenu = i <= 1 && j - i + 1 >= MIN_TOP_MENU_RUN && j + 1 < n && isBodyProse(doc.paragraphs[j + 1]!);
      if ((j - i + 1 >= MIN_MENU_RUN && (i === 0 || j === n - 1)) || topMenu) {
        flagged.push({ i, j, message: 'Navigation menu left in the text.' });
        i = j;
      }
    }
  }
  // A weekday date near a cover price is the print masthead's date line (a handful of masthead lines per page: the scan is short).
  const dated = new Set<number>();
  for (const f of flagged.filter((g) => g.message === MASTHEAD_MESSAGE)) {
    // Within a few lines: the site address or edition line may sit between the date and the price.
    for (let k = Math.max(0, f.i - MASTHEAD_REACH); k <= Math.min(n - 1, f.j + MASTHEAD_REACH); k++) {
      if (!dated.has(k) && MASTHEAD_DATE.test(doc.paragraphs[k]!)) { dated.add(k); flagged.push({ i: k, j: k, message: MASTHEAD_MESSAGE }); }
    }
  }
  const keys = keysOf(doc);
  // Lines the label rules took: a set, so the sentence rules below stay one pass on a very long page.
  const labelled = new Set<number>();
  for (const f of flagged) for (let k = f.i; k <= f.j; k++) labelled.add(k);
  for (let i = 0; i < n; i++) {
    const p = doc.paragraphs[i]!;
    if (p.length > MAX_CTA_LENGTH) {
      gluedRelatedLinks(doc, i, prefixes);
      continue;
    }
    if (labelled.has(i)) continue;
    // "Published" / "on": a date widget whose date was not scraped leaves its preposition on a line of its own.
    if (/^(?:on|at)$/i.test(p) && i > 0 && EMPTY_STAMP.test(doc.paragraphs[i - 1]!)) flagged.push({ i, j: i, message: 'A date widget lost its date; only its label is left.' });
    else if (isCallToAction(p)) flagged.push({ i, j: i, message: 'Newsletter or sign-up prompt left in the text.' });
    else if (SITE_TITLE.test(p) && p.length <= 200) flagged.push({ i, j: i, message: 'The page title (with the site name) left in the text.' });
    else if (i > 0) {
      const source = SOURCE_COPY.exec(p);
      if (source && keys[0]!.length >= 20 && looseKey(p.slice(source[0].length)) === keys[0]) flagged.push({ i, j: i, message: 'A re-poster’s “Source:” line repeating the headline.' });
    }
    if (p.length > 40) gluedRelatedLinks(doc, i, prefixes);
    const chip = TEASER_CHIP.exec(p);
    if (chip && chip[0].length < p.length) prefixes.push({ kind: 'boilerplate', start: doc.starts[i] ?? 0, end: (doc.starts[i] ?? 0) + chip[0].trimEnd().length, message: 'A “Read more” teaser chip glued to the text.', fix: '' });
  }
  const known = new Set<number>();
  for (const f of flagged) for (let k = f.i; k <= f.j; k++) known.add(k);
  for (const t of teaserRuns(doc)) if (!known.has(t.i)) { known.add(t.i); flagged.push(t); }
  const module = tailModule(doc);
  if (module) {
    for (let k = module.i; k <= module.j; k++) {
      if (known.has(k)) continue;
      known.add(k);
      flagged.push({ i: k, j: k, message: 'A module of other stories’ cards (headlines, dates, deks) left after the article.' });
    }
  }
  const linkBlock = module ? null : tailLinkBlock(doc);
  if (linkBlock) {
    for (let k = linkBlock.i; k <= linkBlock.j; k++) {
      if (known.has(k)) continue;
      known.add(k);
      flagged.push({ i: k, j: k, message: 'A block of links to other stories or pages left after the article.' });
    }
  }
  for (const a of supportAppeals(doc)) {
    if (known.has(a.i)) continue;
    for (let k = a.i; k <= a.j; k++) known.add(k);
    prefixes.push({ kind: 'boilerplate', start: doc.starts[a.i] ?? 0, end: a.end, message: 'A donation or membership appeal (site furniture) left in the text.', fix: '' });
  }
  for (const i of inlineLinkHeadlines(doc)) if (!known.has(i)) { known.add(i); flagged.push({ i, j: i, message: 'Headline of another story (a related link) left between two paragraphs.' }); }
  for (const i of strayTimestamps(doc)) if (!known.has(i)) { known.add(i); flagged.push({ i, j: i, message: 'An “Updated” time stamp was left inside the text.' }); }
  for (const i of wireLabels(doc)) if (!known.has(i)) { known.add(i); flagged.push({ i, j: i, message: 'A release portal’s label of the wire that carried the release, left in the text.' }); }
  for (const i of autoblogTail(doc)) if (!known.has(i)) { known.add(i); flagged.push({ i, j: i, message: 'An autoblog’s closing template line (after its ad shortcode) left in the text.' }); }
  for (const c of chromeLines(doc, isFurnitureLine)) if (!known.has(c.i)) { known.add(c.i); flagged.push({ i: c.i, j: c.i, message: c.message }); }
  for (const d of doubledLabelHeads(doc)) {
    if (known.has(d.i)) continue;
    known.add(d.i);
    prefixes.push({ kind: 'boilerplate', start: doc.starts[d.i] ?? 0, end: (doc.starts[d.i] ?? 0) + d.end, message: 'A section or site label printed twice at the top of the page.', fix: '' });
  }
  for (const i of breadcrumbLines(doc)) if (!known.has(i)) { known.add(i); flagged.push({ i, j: i, message: 'A breadcrumb or section label glued to a copy of the headline.' }); }
  for (const b of offerButtons(doc)) if (!known.has(b)) { known.add(b); flagged.push({ i: b, j: b, message: 'Button label left in the text.' }); }
  for (const b of offerBenefits(doc, flagged)) if (!known.has(b)) { known.add(b); flagged.push({ i: b, j: b, message: 'Paywall prompt left in the text.' }); }
  flagged.sort((a, b) => a.i - b.i);
  const out: Finding[] = prefixes;
  // Adjacent furniture lines are one block: one flag, one deletion.
  for (let k = 0; k < flagged.length; k++) {
    const first = flagged[k]!;
    let last = first;
    while (k + 1 < flagged.length && flagged[k + 1]!.i === last.j + 1) last = flagged[++k]!;
    const start = doc.starts[first.i] ?? 0;
    const end = (doc.starts[last.j] ?? 0) + doc.paragraphs[last.j]!.length;
    out.push({ kind: 'boilerplate', start, end, message: first === last ? first.message : 'Website furniture (labels, prompts, links) left in the text.', fix: '' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Rules (by name) of an offer box's price or button: a bulleted list is the offer's benefits only when its box has one. */
const OFFER_RULES = new Set(['offer-price', 'offer-banner', 'subscription-offer', 'sale-banner']);
const OFFER_BUTTON_RULES = new Set(['revenue-button']);
/** Paywall rules (by name): a button alone makes an offer box only next to one of these. */
const PAYWALL_RULES = new Set(['paywall', 'membership-wall', 'paywall-more', 'paywall-fr', 'paywall-login', 'meter-count', 'paywall-offer', 'paywall-issue', 'paywall-condition', 'subscriber-notice']);
/** A bulleted item with no sentence end: "• All our articles in unlimited", "✓ Accès illimité à tous nos articles". */
const BENEFIT_ITEM = /^[•·▪◦✓✔*–-]\s?\S[^.!?]{1,100}$/u;
const MAX_BENEFIT_WORDS = 12;
/** The box's flagged lines read above the list (its notice, price and buttons sit between them). */
const BENEFIT_REACH = 6;

/**
 * A subscription box's list of benefits ("• All our articles in unlimited", "• The newspaper in digital version …"):
 * bulleted short items right under a block of flagged lines holding an offer's price (or an offer button next to a
 * paywall line). A paywall notice alone over a list ("Article réservé aux abonnés" then the article's key points) is
 * no offer box: the list is the article's. Rules are told by name, not by their message.
 */
function offerBenefits(doc: ArticleDoc, flagged: ReadonlyArray<{ i: number; j: number; message: string }>): number[] {
  const ps = doc.paragraphs;
  const taken = new Set<number>();
  for (const f of flagged) for (let k = f.i; k <= f.j; k++) taken.add(k);
  const out: number[] = [];
  for (let k = 1; k < ps.length; k++) {
    if (taken.has(k) || !taken.has(k - 1) || !isBenefit(ps[k]!)) continue;
    // The block of flagged lines right above the list.
    let price = false, button = false, paywall = false;
    for (let b = k - 1; b >= 0 && taken.has(b) && k - b <= BENEFIT_REACH; b--) {
      const name = labelOf(ps[b]!)?.name;
      if (name === undefined) continue;
      price ||= OFFER_RULES.has(name);
      button ||= OFFER_BUTTON_RULES.has(name);
      paywall ||= PAYWALL_RULES.has(name);
    }
    if (!price && !(button && paywall)) continue;
    while (k < ps.length && !taken.has(k) && isBenefit(ps[k]!)) out.push(k++);
  }
  return out;
}

/** Rules (by name) of a paywall box or a reader-revenue appeal: a short button line right next to one is the box's button. */
const BOX_RULES = new Set([...PAYWALL_RULES, ...OFFER_RULES, ...OFFER_BUTTON_RULES, 'keep-free']);
/**
 * A button's label, alone on its line: first person ("I connect", "I Support", "Je me connecte", "J'y vais") or a short
 * imperative of the box's verbs ("Log me in", "Act now", "Sign in", "Join today", "Connectez-vous"). Three words at most.
 */
const BOX_BUTTON = /^(?:(?:(?:i|je) |j['’] ?)\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?|(?:log|sign) (?:me )?in(?: now)?|(?:act|join|subscribe|register|connect|continue|donate|support)(?: us)?(?: now| today| here)?|(?:abonnez|connectez|inscrivez|identifiez)-vous(?: ici| maintenant)?)[.!]?$/iu;
const MAX_BUTTON_WORDS = 3;

/**
 * A paywall box's or appeal's button: a single short first-person or imperative line directly next to a flagged paywall,
 * offer or appeal line (rules told by name). The same words in prose have a sentence around them.
 */
function offerButtons(doc: ArticleDoc): number[] {
  const ps = doc.paragraphs;
  const inBox = (k: number): boolean => {
    const p = ps[k];
    if (p === undefined || p.length > 220) return false;
    const name = labelOf(p)?.name;
    return name !== undefined && BOX_RULES.has(name);
  };
  const out: number[] = [];
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k]!.trim();
    if (p.length > 40 || wordCount(p) > MAX_BUTTON_WORDS || !BOX_BUTTON.test(p)) continue;
    if (inBox(k - 1) || inBox(k + 1)) out.push(k);
  }
  return out;
}

function isBenefit(p: string): boolean {
  return BENEFIT_ITEM.test(p.trim()) && wordCount(p) <= MAX_BENEFIT_WORDS;
}

function copyrightPrefix(doc: ArticleDoc, i: number, length: number): Finding {
  const start = doc.starts[i] ?? 0;
  return {
    kind: 'boilerplate', start, end: start + length,
    message: 'Copyright or channel notice glued to the article text.', fix: '',
  };
}

/** Dashes, stars or bars a template wraps around a label: "- Advertisement -", "*** Read more ***". */
const DECORATED = /^[-–—*|•·=~_]+\s*(.+?)\s*[-–—*|•·=~_]+$/u;

/** A field of figures only ("2023", "12", "+4 %"): a table row has them, a breadcrumb's crumbs are words. */
const FIGURE_FIELD = /(?:^|[|>›»/])\s*[+\-−–$€£]?\d[\d\s,.%]*(?=[|>›»/]|$)/u;

/** A label's own colon ("Share:", "Comments:"): the same label. Not a contact block's field ("Email:" above an address). */
const LABEL_COLON = /^(?!(?:e-?mail|phone|tel|fax|contact|web|website|courriel|téléphone)\b)(.{2,40}?)\s?:$/iu;
/** An e-mail newsletter's table cell read as text: the label, then the cell's border ("Today's Top Stories from NBC News |"). */
const CELL_PIPE = /^(.{2,200}?)\s\|$/u;
/**
 * A label that kept the separator or bullet of the row it was cut from: a meta row's field whose neighbour was dropped
 * ("·2 min de lecture" under a partner's headline, 590), a menu's or tool bar's bulleted item ("• Trending", 142; "•
 * Imprimer", 570; a glued menu, 580). The label rules read what follows the mark; a bulleted item of an article's own
 * list is a sentence or a phrase that no label rule takes.
 */
const LEAD_SEPARATOR = /^[·•|]\s?(.{2,200})$/u;

/**
 * Lines already read, with their label (null: none). Some ten detectors ask about the same short lines, each against a
 * hundred-odd label patterns: a page of thousands of short lines (a table, a feed, a repeated widget) paid that a dozen
 * times over. Bounded, and emptied when full, so a huge page cannot grow it without limit.
 */
const LABEL_MEMO = new Map<string, (typeof LABELS)[number] | null>();
const MAX_LABEL_MEMO = 4096;

function labelOf(p: string): (typeof LABELS)[number] | undefined {
  const memo = LABEL_MEMO.get(p);
  if (memo !== undefined) return memo ?? undefined;
  const inner = DECORATED.exec(p)?.[1] ?? LABEL_COLON.exec(p)?.[1] ?? CELL_PIPE.exec(p)?.[1] ?? LEAD_SEPARATOR.exec(p)?.[1];
  const label = LABELS.find((l) => (l.re.test(p) || (inner !== undefined && l.re.test(inner))) && !(l.name === 'breadcrumb' && FIGURE_FIELD.test(p)));
  if (LABEL_MEMO.size >= MAX_LABEL_MEMO) LABEL_MEMO.clear();
  LABEL_MEMO.set(p, label ?? null);
  return label;
}

/** Used by other detectors: is this paragraph furniture by the label rules alone? */
export function isFurnitureLine(p: string): boolean {
  return p.length <= 220 && (isListHeader(p) || labelOf(p) !== undefined);
}

/**
 * A teaser headline of a "More from X" block: five to twenty-two words, no
 * sentence punctuation at its end (a question mark is a headline's), starting
 * with a capital, a digit or a quote, and naming something (a second capital
 * or a figure), so a list item ("robots for warehouses and ports") is not one.
 */
function isTeaserHeadline(p: string): boolean {
  if (p.length > 200 || isDataFieldLine(p)) return false;
  const words = wordCount(p);
  if (words < 5 || words > 22) return false;
  if (/[.,;:…]["'”’)]*$/u.test(p) || !/^["'‘“\p{Lu}\p{N}]/u.test(p) || BYLINE_LEAD.test(p)) return false;
  return /\s["'‘“]?[\p{Lu}\p{N}$€£]/u.test(p);
}

/** Title Case: most longer words capitalised ("Acme Raises $20 Million For Robots"). */
function isTitleCase(p: string): boolean {
  const long = p.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length >= 3 && caps * 3 >= long.length * 2;
}

/**
 * A link line after the body, next to a block of teaser headlines: a short headline or section link of one to
 * twenty-two words ("Investment 101", "Alphabet soup of financial advisers"), no sentence end, not a byline or a
 * contact line ("Write to … at jane@…"). A headline ends on a word, a figure, a quote or a question mark; a line
 * cut at an open parenthesis is the body's last sentence, truncated.
 */
const TAIL_LINK_END = /[\p{L}\p{N}"'”’)?]$/u;
function isTailLink(p: string): boolean {
  const words = wordCount(p);
  return words >= 1 && words <= 22 && p.length <= 160 && TAIL_LINK_END.test(p) && !/[.,;:…!]["'”’)]*$/u.test(p) && /^["'‘“\p{Lu}\p{N}]/u.test(p)
    && !BYLINE_LEAD.test(p) && !/^(?:write to|contact)\b/iu.test(p) && !/@|:\/\//u.test(p);
}

/** After the body this many teaser headlines in a row are a related-stories block; inside it, more (and Title Case). */
const MIN_TAIL_TEASERS = 3;
const MIN_BODY_TEASERS = 4;

/** A line ending in a colon: what follows is the article's own list. */
const LIST_OPENER = /:["'”’)]*$/u;
/** How far back from a run its list's colon is looked for, over the list's earlier items. */
const MAX_LIST_ITEMS_BEFORE = 12;

/**
 * Is the run starting at line i part of a list the article opened with a colon? The colon ends the line right above it,
 * or a line above the list's earlier items: short lines with no sentence end (tail-link shaped). A short item splits the
 * teaser reader's runs ("Savencia – Papillon (35 millions)" has four words, a teaser headline five), so the run after it
 * still belongs to the colon's list ("Parmi les acquisitions … :" then "Acquéreur – Cible (68 millions)" lines; a clean
 * trade-press review, batch 22's 634). A label that ends in a colon ("Related:", "Lire aussi :") opens a module, not the
 * article's list: only a line the label rules leave opens one when items stand between.
 */
function insideColonList(ps: readonly string[], i: number): boolean {
  if (LIST_OPENER.test(ps[i - 1] ?? '')) return true;
  for (let k = i - 1; k >= 0 && i - k <= MAX_LIST_ITEMS_BEFORE; k--) {
    const p = ps[k]!;
    if (LIST_OPENER.test(p)) return !isFurnitureLine(p);
    if (!isTailLink(p)) return false;
  }
  return false;
}

/**
 * Unlabelled related-story blocks: runs of teaser headlines after the
 * article's last paragraph of prose, or (a longer run, all Title Case)
 * between two paragraphs of it. A run inside a list opened by a line ending
 * in a colon is the article's own list (insideColonList).
 */
function teaserRuns(doc: ArticleDoc): Array<{ i: number; j: number; message: string }> {
  const ps = doc.paragraphs;
  const n = ps.length;
  const out: Array<{ i: number; j: number; message: string }> = [];
  let lastProse = n - 1;
  while (lastProse >= 0 && !isBodyProse(ps[lastProse]!)) lastProse--;
  if (lastProse < 0) return out;
  const firstProse = ps.findIndex(isBodyProse);
  for (let i = firstProse + 1; i < n; i++) {
    if (!isTeaserHeadline(ps[i]!)) continue;
    let j = i;
    while (j + 1 < n && isTeaserHeadline(ps[j + 1]!)) j++;
    const afterColon = insideColonList(ps, i);
    const tail = i > lastProse;
    const run = j - i + 1;
    let titled = true;
    for (let k = i; k <= j && titled; k++) titled = isTitleCase(ps[k]!);
    if (!afterColon && ((tail && run >= MIN_TAIL_TEASERS) || (!tail && run >= MIN_BODY_TEASERS && titled))) {
      // After the body, the short section links printed above the block ("Investment 101", "Rate Report") belong to it.
      let from = i;
      if (tail) while (from - 1 > lastProse && isTailLink(ps[from - 1]!)) from--;
      for (let k = from; k <= j; k++) out.push({ i: k, j: k, message: 'Headlines of other stories (a “More from” block) left in the text.' });
    }
    i = j;
  }
  return out;
}

/**
 * A module of other stories closing the text: after the article's last paragraph of prose, a short module label ("À la
 * une", "Plus de <site>", "Top stories", "<Show>: April 24, 2024"), then only story cards to the end of the text. A card
 * is a headline, with its meta line (a date and a source set apart by a bar, a reading time: "Mis à jour le 03/05/2024 |
 * site.com", "Site4 min read") and a short dek. Read by the text's position and the lines' shapes, not by the label's
 * words: the article's own closing subhead is followed by its prose, never by a run of headlines with their meta lines.
 * What proves the module is a card's own furniture (a meta line under the label or in the cards, or a date in the label),
 * or a label of the lexicon's module headings (isListHeader); and the tail is short. Blind misses on three outlets (a
 * Quebec business site's "À la une" block twice, a sports trade daily's podcast module, a document site's "Plus de
 * <magazine>" cards).
 */
const MODULE_LABEL = /^[^.!?;]{2,48}(?<!,)$/u;
const MAX_MODULE_LABEL_WORDS = 6;
/** A card's headline: four to twenty-five words, opening on a capital, a figure or a quote, no sentence end but "?" or "!". */
const CARD_HEADLINE = /^["'‘“«\p{Lu}\p{N}][^\n]{10,180}$/u;
const CARD_HEADLINE_END = /[.,;:…]["'”’»)]*$/u;
/** A card's meta line: a reading time, or a date or a time beside a source set apart by a bar. */
const CARD_READING_TIME = /\d{1,2}\s?(?:min|mins|minutes?)(?: de lecture| read|\.? read)/iu;
const CARD_DATED = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/u;
const MAX_META_WORDS = 14;
const MAX_DEK = 600;
const MAX_MODULE_LINES = 12;
/** A dated label names its module beside the date ("<Show>: March 3, 2025"); a date alone is a post's own dateline. */
const MIN_DATED_LABEL_WORDS = 4;
const MAX_MODULE_CHARS = 1800;

function isCardHeadline(p: string): boolean {
  const w = wordCount(p);
  return w >= 4 && w <= 25 && CARD_HEADLINE.test(p) && !CARD_HEADLINE_END.test(p) && !BYLINE_LEAD.test(p) && !isDataFieldLine(p);
}

function isCardMeta(p: string): boolean {
  if (wordCount(p) > MAX_META_WORDS || /[.!?]$/u.test(p)) return false;
  return CARD_READING_TIME.test(p) || (p.includes('|') && CARD_DATED.test(p));
}

/** What may stand right above a closing module: the article's last paragraph of prose, or a paywall notice or furniture line under it. */
function afterArticle(p: string): boolean {
  return isBodyProse(p) || isAccessNotice(p) || isFurnitureLine(p);
}

/**
 * A block of links closing the text with no module label: after the article's last paragraph of prose, only link lines
 * to the end (headlines of other stories, the site's section or feature links, their kickers: "This is Money 2006
 * predictions / UK house prices / World stock markets / Midas share tips", "Business / Government splashes Sh100m for
 * comfort zones in counties / Sci & Tech / Rethink data policies …"), where a card's byline with its age ("By Brian
 * Ngugi 23 hrs ago") may stand. The teaser reader (teaserRuns) wants three headlines of five words or more in a row; a
 * link box's short links and a widget's section kickers between its headlines break those runs. Read by position and
 * count: the article's own closing lines are prose, its closing list is opened by a colon (insideColonList), and a
 * clean article never ends on five link-shaped lines with nothing after them. Outlets: This is Money's link box under
 * a newspaper round-up (661), The Standard (Kenya)'s related-stories widget under a Reuters story (637).
 */
const MIN_LINK_BLOCK_LINES = 5;
const MAX_LINK_BLOCK_LINES = 16;
/** A card's byline with the story's age or date: "By Brian Ngugi 23 hrs ago", "By Jane Doe March 3, 2024". */
const CARD_BYLINE_AGE = /^by\s[^.!?]{3,40}?\s(?:\d{1,2}\s(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\sago|(?:\p{L}{3,9}\.?\s\d{1,2},?\s)?(?:19|20)\d{2})$/iu;

const NUMBERED_ITEM = /^\d{1,2}[.)]\s/u;
const FIELD_LABEL = /^[^:]{2,30}:(?=\s)/u;
/** A line cut on an opening bracket or a dash is a sentence that lost its end, not a link. */
const OPEN_END = /[(\[–—-]$/u;

function tailLinkBlock(doc: ArticleDoc): { i: number; j: number } | null {
  const ps = doc.paragraphs;
  const n = ps.length;
  let lastProse = n - 1;
  while (lastProse >= 0 && !isBodyProse(ps[lastProse]!)) lastProse--;
  if (lastProse < 0) return null;
  const from = lastProse + 1;
  if (n - from < MIN_LINK_BLOCK_LINES || n - from > MAX_LINK_BLOCK_LINES || insideColonList(ps, from)) return null;
  let links = 0;
  const labels = new Set<string>();
  for (let k = from; k < n; k++) {
    const p = ps[k]!.trim();
    // The article's own list: numbered items ("6. Skillz"), or items under a repeated field label ("How it started: …").
    if (NUMBERED_ITEM.test(p)) return null;
    const label = FIELD_LABEL.exec(p)?.[0];
    if (label && labels.has(label)) return null;
    if (label) labels.add(label);
    if ((isTailLink(p) || isTeaserHeadline(p)) && !OPEN_END.test(p)) links++;
    else if (!(k > from && CARD_BYLINE_AGE.test(p))) return null;
  }
  return links >= MIN_LINK_BLOCK_LINES ? { i: from, j: n - 1 } : null;
}

function tailModule(doc: ArticleDoc): { i: number; j: number } | null {
  const ps = doc.paragraphs;
  const n = ps.length;
  let chars = 0;
  // The label is the first line, going up from the end, with only card lines below it.
  for (let l = n - 2; l >= Math.max(1, n - 1 - MAX_MODULE_LINES); l--) {
    chars += ps[l + 1]!.length;
    if (chars > MAX_MODULE_CHARS) return null;
    const label = ps[l]!;
    // A byline or a date line ("By June 3, 2024", "Par 4 mai": the lexicon's BYLINE_LEAD) is the byline reader's, never a label.
    if (!MODULE_LABEL.test(label) || BYLINE_LEAD.test(label) || wordCount(label) > MAX_MODULE_LABEL_WORDS || !afterArticle(ps[l - 1]!)) continue;
    if (readCards(ps, l + 1, n, isListHeader(label) || (CARD_DATED.test(label) && wordCount(label) >= MIN_DATED_LABEL_WORDS))) return { i: l, j: n - 1 };
  }
  return null;
}

/** Lines from..to-1 are story cards (each a headline, its meta line, its dek; a meta line may open a card), and one of them proves it. */
function readCards(ps: readonly string[], from: number, to: number, proven: boolean): boolean {
  let headlines = 0;
  let prev: 'start' | 'headline' | 'meta' | 'dek' = 'start';
  for (let k = from; k < to; k++) {
    const p = ps[k]!;
    if (isCardMeta(p)) { proven = true; prev = 'meta'; continue; }
    if (isCardHeadline(p)) { headlines++; prev = 'headline'; continue; }
    // A dek: under its headline or meta line, short (a cut one has no end).
    if ((prev === 'headline' || prev === 'meta') && p.length <= MAX_DEK && !isFurnitureLine(p)) { prev = 'dek'; continue; }
    return false;
  }
  return proven && headlines >= 1;
}

/**
 * Another story's headline dropped between two paragraphs of prose with no label: a quoted title and a colon ("'Meth.
 * We're On It.': South Dakota spends $449K …", "« On n'a rien vu venir » : les sinistrés racontent …"), or a section
 * label and a bar ("Opinion | The port's last chance", "Analyse | Pourquoi …"). Headline-shaped: six to twenty-five
 * words, no final full stop (French puts the words after the colon in lower case). A real subhead has neither form; a
 * quote inside prose has its sentence around it.
 */
const QUOTED_TITLE_HEADLINE = /^(?:['‘"“].{2,80}?['’"”]\s?:\s\p{Lu}|«\s?.{2,80}?\s?»\s?:\s\p{L}|(?:Opinion|Analysis|Editorial|Column|Commentary|Perspective|Tribune|Chronique|Éditorial|Analyse|Point de vue|Décryptage)\s?\|\s?\p{Lu})/u;
const MIN_LINK_HEADLINE_WORDS = 6;
const MAX_LINK_HEADLINE_WORDS = 25;

function inlineLinkHeadlines(doc: ArticleDoc): number[] {
  const ps = doc.paragraphs;
  const out: number[] = [];
  for (let i = 1; i + 1 < ps.length; i++) {
    const p = ps[i]!;
    if (p.length > 220 || !QUOTED_TITLE_HEADLINE.test(p) || /[.!,;:…]["'”’»)]*\s*$/u.test(p)) continue;
    const words = wordCount(p);
    if (words < MIN_LINK_HEADLINE_WORDS || words > MAX_LINK_HEADLINE_WORDS) continue;
    if (isBodyProse(ps[i - 1]!) && isBodyProse(ps[i + 1]!)) out.push(i);
  }
  return out;
}

/**
 * An autoblog's closing template. A scraper plugin wraps the story it copies in numbered ad shortcodes and closes it with
 * the last one ("[ad_2]"); its template then prints its own lines to the end of the text: the source link, the site's
 * signature or the source's section ("Source link", "THE NAIS IS OFFICIAL EDITOR ON NAIS NEWS", "lefigaro -Économie et
 * commerce"). Read by position: the closing shortcode (AD_SHORTCODE) among the last lines, and after it only short lines
 * with no sentence's final stop, none of them prose; a byline among them stays the byline reader's ("By admin"), and ends
 * the run. Two autoblogs in the fixtures (353, 483); the shortcode and "Source link" were already read (33, 34, 507).
 */
const AD_SHORTCODE = /^\[ad[_ -]?\d{1,2}\]$/iu;
/** The template's closing lines: at most this many after the shortcode, each at most this many words. */
const MAX_TAIL_LINES = 3;
const MAX_TAIL_WORDS = 10;

function autoblogTail(doc: ArticleDoc): number[] {
  const ps = doc.paragraphs;
  const n = ps.length;
  let s = n - 1;
  while (s >= 0 && s >= n - 1 - MAX_TAIL_LINES && !AD_SHORTCODE.test(ps[s]!.trim())) s--;
  if (s < 0 || s < n - 1 - MAX_TAIL_LINES) return [];
  const out: number[] = [];
  for (let k = s + 1; k < n; k++) {
    const p = ps[k]!.trim();
    if (BYLINE_LEAD.test(p)) break;
    if (isFurnitureLine(p)) continue;
    if (wordCount(p) > MAX_TAIL_WORDS || SENTENCE_FINAL.test(p) || isBodyProse(p)) return [];
    out.push(k);
  }
  return out;
}

/** An update stamp: "Updated: March 3, 2024 10:32 AM ET", "Last updated 2 hours ago", "Mis à jour le 3 mars 2024". */
const TIMESTAMP = /^(?:last )?(?:updated|modified|mis à jour|actualisé)(?: on| le| at)?\s*:?\s*(?=[^.!?]*\d)[^.!?]{2,60}$|^\d{1,2} (?:mins?|minutes?|hours?|hrs?|days?) ago$/iu;

/**
 * Update stamps inside or after the body: above it they are the page's own
 * metadata and stay; after a paragraph of prose they are left over from a
 * live blog, a teaser or a sidebar.
 */
/** A sentence's final stop, maybe inside its closing quote or bracket: a headline has none. */
const SENTENCE_FINAL = /[.!?…]["”’»)]?$/u;

function strayTimestamps(doc: ArticleDoc): number[] {
  const ps = doc.paragraphs;
  const firstProse = ps.findIndex(isBodyProse);
  const out: number[] = [];
  if (firstProse < 0) return out;
  // Right after a paragraph of prose: a stamp under a headline or a "Published:" line opens another story block (merged-stories).
  // Under the page's OWN headline (the first prose-like paragraph, with no sentence's final stop, no prose above it) the
  // stamp is the article's date line ("Headline of the story" / "Last Updated Jul 8, 2021 at 1:30 pm EDT" / the story).
  const ownHeadline = firstProse >= 0 && !SENTENCE_FINAL.test(ps[firstProse]!.trim());
  for (let i = firstProse + 1; i < ps.length; i++) {
    if (i === firstProse + 1 && ownHeadline) continue;
    if (ps[i]!.length <= 80 && TIMESTAMP.test(ps[i]!) && isBodyProse(ps[i - 1]!)) out.push(i);
  }
  return out;
}

/**
 * A release portal's label of the wire that carried the release: a line holding only a distribution wire's name
 * ("GlobeNewswire", "PR Newswire", "Business Wire") above a dateline that names the same wire in its mark ("NEW YORK,
 * June 27, 2019 (GLOBE NEWSWIRE) --", "LOS ANGELES, Nov. 21, 2025 /PRNewswire/ —"). The portal prints its feed's name
 * as a tag over each item; the release credits its wire in the dateline already. Read by structure: the line's letters
 * are the dateline mark's letters (case and spaces aside), and the name is a distribution wire's (it ends on "wire",
 * "Wire" or "WIRE" and is not a news agency's credit: "PA Wire" stays, as "Reuters" over a Reuters story is the
 * story's credit, metadata). Outlets: NTB Kommunikasjon's copy of a GlobeNewswire release (batch 24's 716),
 * marketnewsdesk.com's copy of a PR Newswire release (a fresh page).
 */
const WIRE_LABEL_LINE = /^(?=[\p{L} .-]{4,30}$)[\p{L} .-]*wire(?:d)?$/iu;
const DATELINE_WIRE_MARK = /(?:\(|\/)\s?([\p{L}][\p{L} .-]{2,30}?)(?: via [\p{L} ]{2,20})?\s?(?:\)|\/)\s?(?:--|—|–|-)/u;
/** How many paragraphs below the label its release's dateline may sit (the headline, a deck, a split place line). */
const WIRE_LABEL_REACH = 5;
const WIRE_AGENCY_KEYS = new Set(WIRE_AGENCIES.map((a) => a.toLowerCase().replace(/[^\p{L}]/gu, '')));

function wireKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}]/gu, '');
}

function wireLabels(doc: ArticleDoc): number[] {
  const ps = doc.paragraphs;
  const out: number[] = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!.trim();
    if (!WIRE_LABEL_LINE.test(p) || WIRE_AGENCY_KEYS.has(wireKey(p))) continue;
    for (let k = i + 1; k <= Math.min(ps.length - 1, i + WIRE_LABEL_REACH); k++) {
      const mark = DATELINE_WIRE_MARK.exec(ps[k]!);
      if (mark && wireKey(mark[1]!) === wireKey(p)) { out.push(i); break; }
    }
  }
  return out;
}

/**
 * The opening or closing line of a reader-revenue appeal box: "Your support
 * helps us to tell the story", "Your support makes all the difference.",
 * "Support independent journalism", "Make a donation", "We need your help".
 * The site asks the reader for money; the article never does.
 */
const APPEAL_LINE_EN = String.raw`your (?:support|donation|contribution|generosity|gift) (?:helps?|allows?|makes?|keeps?|means?|enables?|powers?|funds?|matters)\b|(?:please )?support (?:the |our )?(?:independent|quality|our|local|trusted|fearless|nonprofit|non-profit|public[- ]interest)\b[^.!?]{0,40}?\b(?:journalism|reporting|newsroom|work)\b|help (?:us )?(?:keep|fund|support|sustain)\b[^.!?]{0,50}?\b(?:journalism|reporting|newsroom|free|independent)\b|(?:make|give) a (?:donation|contribution|gift)\b|donate (?:now|today)\b|become a (?:member|supporter|patron) (?:today|now)\b|we need your (?:support|help)\b|(?:can|will) you (?:support|help) us\b`;
/**
 * The same appeal in French, by the same parts: a call to support the journalism or the newsroom ("Soutenez un journalisme
 * d'expertise.", "Soutenez la presse indépendante", "Soutenez-nous"), a gift ("Faites un don"), what the reader's support
 * does ("Votre soutien nous permet…", "Votre don compte"), a need ("Nous avons besoin de vous"), or the liking question
 * whose next sentence names the newsroom's donations or support ("L'article vous a plu ? Il a mobilisé notre rédaction qui
 * ne vit que de vos dons."; the question alone is a reader's prompt, prompts.ts's). Two French outlets: a trade weekly's
 * paywall box (148) and a news site's donation box (589); the English appeal's shape was read on several outlets before.
 */
const APPEAL_FR_NOUN = String.raw`(?:journalisme|presse|information|rédaction|média|médias|travail)`;
const APPEAL_LINE_FR = String.raw`soutenez(?:-nous\b| (?:un|le|la|notre|l['’]|une) ?(?:[\p{L}'’-]+ ){0,2}?${APPEAL_FR_NOUN}(?![\p{L}]))|faites un don(?![\p{L}])|votre (?:soutien|don|contribution|générosité) (?:nous )?(?:permet|aide|compte|est essentiel|finance|garantit)|nous avons besoin de (?:vous|votre (?:soutien|aide))(?![\p{L}])|(?:l['’]|cet )article vous a (?:plu|intéressé|intéressée)\s?\?(?=[^\n]{0,160}?(?<![\p{L}])(?:vos dons|votre (?:soutien|don)|soutenez|soutenir|notre rédaction|faites un don|abonnez-vous)(?![\p{L}]))`;
const APPEAL_LINE = new RegExp(String.raw`^(?:${APPEAL_LINE_EN}|${APPEAL_LINE_FR})`, 'iu');
/** The appeal speaks to the reader in the site's voice (English or French). */
const READER_ADDRESS = /(?<![\p{L}])(?:we|our|us|you|your|nous|notre|nos|vous|votre|vos)(?![\p{L}])/iu;
/** What an appeal paragraph talks about. */
const APPEAL_WORD = /(?<![\p{L}])(?:your (?:support|donation|contribution|help|gift)|donat\p{L}*|contribut\p{L}*|paywalls?|support (?:us|our)|journalis\p{L}*|reporters?|reporting|newsroom|subscri\p{L}*|membership|afford|vos dons|votre (?:soutien|don|contribution)|rédaction|abonn\p{L}*)(?![\p{L}])/iu;
/** A quotation or a reported speech: an appeal the article reports on, not one the site prints. */
const REPORTED = /[“”"«»]|(?<![\p{L}])(?:said|says|told|argued|argues|wrote|writes|according|noted|added|stated|selon|a déclaré|a dit|a affirmé|a expliqué|a indiqué|affirme|déclare|explique)(?![\p{L}])/iu;
/** An appeal's opening line is a heading or one sentence ("Support independent journalism"), at most this many words, or the "Support … help keep … free" pitch. */
const MAX_APPEAL_HEAD_WORDS = 12;
/**
 * The appeal's longer pitch, by its shape: "Support <what> … and help keep <what> free" ("Support the independent voice of
 * Leeds and help keep the future of the Leeds Tribune free."); no word limit on its first sentence.
 */
const SUPPORT_KEEP_FREE = /^support\b[^.!?]{2,100}?\bhelp (?:us )?keep\b[^.!?]{2,80}?\bfree\b/i;
/** An appeal box is a heading and a few paragraphs; a longer stretch is the article. */
const MAX_APPEAL_PARAGRAPHS = 7;
/** A lone appeal line is short; a long paragraph opening with those words is prose. */
const MAX_APPEAL_LINE = 250;
/** The end of a sentence, glued or not. */
const SENTENCE_END = /[.!?](?=\s|\p{Lu}|$)/u;
/** Where a glued sentence starts: a sentence end with a capitalised word right after it ("difference.In profit"). */
const GLUE_POINT = /[.!?](?=\p{Lu}\p{Ll})/u;

/**
 * Donation and membership appeals a site injects into the article: an appeal
 * line, then the paragraphs that speak to the reader (we, our, you) up to
 * the closing appeal line ("Your support makes all the difference."), or,
 * without one, while they keep talking about support, journalism and
 * donations. A closing line glued to the next heading ("difference.In
 * profit...") is cut at the glue.
 */
function supportAppeals(doc: ArticleDoc): Array<{ i: number; j: number; end: number }> {
  const ps = doc.paragraphs;
  const out: Array<{ i: number; j: number; end: number }> = [];
  for (let i = 0; i < ps.length; i++) {
    const head = ps[i]!;
    const keepFree = SUPPORT_KEEP_FREE.test(head);
    if (head.length > MAX_APPEAL_LINE || !(keepFree || APPEAL_LINE.test(head)) || REPORTED.test(head)) continue;
    if (!keepFree && wordCount(head.split(SENTENCE_END, 1)[0]!) > MAX_APPEAL_HEAD_WORDS) continue;
    let j = i;
    let end = (doc.starts[i] ?? 0) + head.length;
    // A closing appeal line within reach, every paragraph before it in the site's voice.
    for (let k = i + 1; k < ps.length && k - i <= MAX_APPEAL_PARAGRAPHS; k++) {
      const p = ps[k]!;
      if (REPORTED.test(p) || !READER_ADDRESS.test(p)) break;
      if (APPEAL_LINE.test(p) || SUPPORT_KEEP_FREE.test(p)) {
        const glue = GLUE_POINT.exec(p);
        j = k;
        end = (doc.starts[k] ?? 0) + (glue ? glue.index + 1 : p.length);
        break;
      }
    }
    if (j === i) {
      while (j + 1 < ps.length && j + 1 - i <= MAX_APPEAL_PARAGRAPHS && isAppealParagraph(ps[j + 1]!)) j++;
      end = (doc.starts[j] ?? 0) + ps[j]!.length;
    }
    out.push({ i, j, end });
    i = j;
  }
  return out;
}

function isAppealParagraph(p: string): boolean {
  return p.length <= 600 && APPEAL_WORD.test(p) && READER_ADDRESS.test(p) && !REPORTED.test(p);
}

/**
 * A photo credit standing alone on its line, an agency's name with the medium or the photographer after a slash: "AP
 * Photo", "AP Photo/Jane Roe", "Reuters/John Smith". The line is the credit and nothing else (a credit in brackets,
 * "(Getty Images/Brand X)", is a caption's tail and goes with its caption),
 * a paragraph of one credit line or several stacked (a gallery's). Case-sensitive: the
 * agencies as they spell themselves, names capitalised. A bare agency name is a byline or a dateline, not read. Blind
 * misses: a wire re-poster's stacked credits (369); the same credit shape closes a newsletter's caption (253), where it goes
 * with the caption.
 */
const CREDIT_NAME = String.raw`\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,3}`;
/**
 * After the agency's slash without a "Photo" word, a person: a first and a last name at least ("Reuters/Tom Pell"). One
 * capitalised word or an acronym after the slash is a partner in a joint name, as polls and surveys are credited
 * ("Agency/Pollster", "AGENCY/INSTITUTE"), not a photographer; nor is a pollster's product named by its kind
 * ("Reuters/Ipsos Poll", "AFP/Harris Interactive", "Reuters/Ipsos Core Political"; review B).
 */
const CREDIT_PERSON = String.raw`(?![^/]*(?<![\p{L}])(?:Polls?|Surveys?|Interactive|Institute|Institut|Political)(?![\p{L}]))\p{Lu}[\p{Ll}'’.-]{1,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){1,3}`;
const AGENCY_CREDIT_LINE = new RegExp(String.raw`^(?:${alternation(AGENCIES)})(?: (?:Photos?|Images?|Pictures?|Video)(?: ?/ ?${CREDIT_NAME})?| ?/ ?${CREDIT_PERSON})$`, 'u');
/** A few stacked credits at most; longer is not a credit block. */
const MAX_CREDIT_PARAGRAPH = 240;

/**
 * The paragraphs made only of agency credit lines (one or several stacked), as findings. A credit on a caption's last line
 * goes with the caption (the caption readers take it, a repeated caption with its credit is one copy).
 */
export function findAgencyCreditLines(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    if (p.length > MAX_CREDIT_PARAGRAPH || (p.indexOf('/') < 0 && !/ (?:Photo|Image|Picture|Video)/u.test(p))) continue;
    if (!p.split('\n').every((line) => AGENCY_CREDIT_LINE.test(line.trim()))) continue;
    const start = doc.starts[i] ?? 0;
    out.push({ kind: 'boilerplate', start, end: start + p.length, message: 'Photo credit without its photo left in the text.', fix: '' });
  }
  return out;
}
