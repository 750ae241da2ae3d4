/**
 * Prompts and sponsor copy a site prints inside or around an article: free
 * trial and subscriber-only notices, share and sign-up prompts, a newsletter's
 * sponsor note, a partner banner, a paywall badge glued to the kicker, a
 * "read more >>>" label glued to a cut excerpt. The site speaks to the reader
 * (an imperative, "our", "you"); the article reports. Whole-line rules match
 * the WHOLE short paragraph, so the same words inside a sentence never count.
 *
 * English and French first, with the formulaic chrome of Spanish, Portuguese,
 * German and Italian pages where it is a fixed phrase.
 */
import type { ArticleDoc, Finding } from './context';
import { CHANNEL_NOUNS, INLINE_AD, PITCH_OFFER_NOUNS, PITCH_VERBS, PROMO_VERBS, READER_ACTION_VERBS, READER_MEDIA_NOUNS, SITE_CONTENT_NOUNS, SITE_MEDIA_NOUNS, SITE_OFFER_NOUNS, lineRules } from './lexicon';

/** A quotation or reported speech: a prompt the article quotes or reports on, not one the site prints. */
/**
 * Someone else speaks in the line: a quotation mark, or a third-person verb of saying. Advice verbs are saying verbs too: a
 * bank, a regulator or an adviser warns and recommends in the third person ("…, the bank warned customers", "…, prévient la
 * banque", "…, recommande la conseillère"); the site speaks to its reader in the first and second person.
 */
const REPORTED = /[“”"«»]|\b(?:said|says|told|according|wrote|writes|explained|warn(?:s|ed)|advis(?:es|ed)|recommend(?:s|ed)|a déclaré|selon|explique|prévien(?:t|nent)|avertit|recommande(?:nt)?|conseille(?:nt)?)\b/iu;

/** Whole-paragraph prompts (lexicon.ts, by family), in the order that decides a line's message. */
const PROMPT_LINES = lineRules([
  'free-trial', 'subscriber-only', 'journalism-appeal', 'share-prompt', 'sign-up-prompt', 'form-residue', 'subscription-offer',
  'sponsor-module', 'paywall-condition', 'newsletter-prompt', 'tool-button', 'related-intl', 'email-chrome', 'platform-chrome',
  'recommendation-heading', 'comment-controls', 'preview-notice', 'ad-label-intl',
]);

/** Lines longer than this are prose that happens to open like a prompt. */
const MAX_PROMPT_LINE = 260;

/**
 * A sponsor note opening a paragraph: "Much thanks to this week's podcast sponsor: SeedInvest, …", "This issue is brought
 * to you by Acme.", "Today's sponsor: …", "A word from our sponsor". The whole paragraph is the sponsor's copy.
 */
const SPONSOR_NOTE = /^(?:(?:many|much|big|huge|special|a big|a huge|a special) )?thanks? (?:again )?to (?:this (?:week|month|issue|episode)['’]s|today['’]s)(?: [\p{L}-]+){0,2} sponsors?\b|^(?:(?:many|much|big|huge|special) )?thanks? (?:again )?to our(?: [\p{L}-]+){0,2} sponsors? ?:|^(?:this|today['’]s|this week['’]s) (?:episode|issue|newsletter|edition|email|podcast|briefing)(?: of [^.!?]{1,40})? (?:is|was) (?:sponsored|brought to you|presented) by\b|^(?:today['’]s|this week['’]s|this issue['’]s) sponsors? ?(?:is|are|:)|^a (?:word|message) from (?:our|this week['’]s|today['’]s) sponsors?\b/iu;
/** A sponsor note is one paragraph of copy; longer is an article about sponsorship. */
const MAX_SPONSOR_PARAGRAPH = 700;

/**
 * A partner banner: "Avec notre partenaire PLEO, ne perdez plus de temps avec les notes de frais!", "En partenariat avec
 * Acme, découvrez …", "With our partner Acme, save hours every week!". The banner speaks to the reader (an imperative,
 * "vous", "your", an exclamation); a company's own release ("Avec notre partenaire X, nous allons …") does not.
 */
const PARTNER_BANNER = /^(?:avec (?:notre|nos) partenaires?|en partenariat avec|en collaboration avec (?:notre|nos) partenaires?|with (?:our|thanks to our) partners?|in partnership with|con (?:nuestro|nuestros) (?:socio|socios|patrocinador|patrocinadores)|com (?:o )?(?:nosso|nossos) parceiros?|mit unserem partner) [^.!?]{1,60}?,\s/iu;
/** The banner's clause after the partner's name: an imperative ("ne perdez plus", "simplifiez", "save", "discover"), or an exclamation. */
const BANNER_IMPERATIVE = /,\s(?:(?:ne |n['’])?\p{Ll}{3,}ez\b|(?:save|get|try|discover|learn|find|start|make|boost|simplify|manage|book|join|enjoy|grow|cut|stop|say|descubre|ahorra|entdecken|sparen)\b)|!\s*$/u;
const MAX_BANNER = 220;

/**
 * A paywall badge glued to the kicker or the first words: "Réservé aux abonnésDÉCRYPTAGE - Si le montant …",
 * "Subscribers onlyINTERVIEW: …". Case is spelled out (under the i flag \p{Lu} would match any letter).
 */
const GLUED_BADGE = /^(?:(?:[Ii]con|[Ii]cône|[Pp]icto) (?:abonnés?|premium|subscribers?|members?|cadenas|lock(?:ed)?)(?=\p{Lu})|(?:[Aa]rticle )?[Rr]éservé aux abonnés|RÉSERVÉ AUX ABONNÉS|[Ss]ubscribers? [Oo]nly|SUBSCRIBERS? ONLY|[Mm]embers [Oo]nly|[Ee]xclusivo para suscriptores|[Nn]ur für Abonnenten)(?=\p{Lu}|\s*[-–—:|]\s|\s+\p{Lu}{2,})|^(?:[Aa]bonnés|ABONNÉS|[Pp]remium|PREMIUM)(?=\p{Lu}\p{Lu})/u;

/**
 * A "read more" label glued to the end of a cut excerpt: "… [and] later-stage read more >>>", "… la suite […] Lire la
 * suite »", "… Weiterlesen →". The arrow (or the elision mark) makes it a link; after a full stop without one it is the
 * furniture rules' case.
 */
const GLUED_READ_MORE = /(?:\[\s?(?:\.{3}|…)\s?\]\s*)?(?:read more|read the rest|continue reading|keep reading|lire la suite|la suite|en savoir plus|leer más|seguir leyendo|leia mais|ler mais|continuar lendo|weiterlesen|mehr lesen|continua a leggere|leggi tutto)\s*(?:>{1,3}|»|›|→|⟶|⇒)$/iu;
const ELIDED_READ_MORE = /\[\s?(?:\.{3}|…)\s?\]\s*(?:read more|continue reading|lire la suite|leer más|weiterlesen|leia mais)$/iu;
/** The label sits in the last characters: only those are read, so a long paragraph costs nothing. */
const READ_MORE_TAIL = 48;

/**
 * An elision mark alone on its line ("[...]", "(…)"), right before a paywall notice: where the site cut the body.
 */
const ELISION_LINE = /^[[(]?\s?(?:\.{3}|…)\s?[\])]?$/u;

/** A paywall notice the boilerplate labels already took: the elision mark before it goes with it. */
const PAYWALL_WORD = /\b(?:abonn\w*|subscri\w*|free trial|essai gratuit|paywall|members? only)\b/iu;

/**
 * A site notice written as a full sentence: the site speaks to the reader ABOUT THE SITE, its ads, access, account,
 * subscription, consent, alerts or browser ("By allowing ads on this site, you support …", "You have a preview of this
 * article while we check your access", "Follow us on our official channel for alerts", "Nous réservons nos contenus à
 * nos abonnés", "We will use your email address only to send you our newsletters"). Read by three parts of its shape,
 * not by its words: the site named as itself (SITE_SELF), the reader addressed (READER_ADDRESSED), and the site's
 * machinery as the topic (SITE_MACHINERY), the site and its machinery in ONE sentence. An article reports on sites and
 * ads in the third person; it does not say "this site" to "you" about "your access". Short paragraphs only, no reported
 * speech.
 */
/**
 * The site or the page named as itself: "this site", "our website", "this article", "our official channel", "ce site",
 * "nos abonnés". Only the site's own nouns: an app, an application, members or readers are also what a company's product
 * or a club has ("With this app, your account …", "Notre application vous donne accès …", "For our members, your access
 * …"). A French site noun with a "de"/"d'" complement is a kind of site the article is about ("ce site de rencontres").
 */
const SITE_SELF = /\b(?:this|our) (?:(?:official|new|free|mobile|daily|weekly) )?(?:\p{Lu}[\p{L}\p{N}]{1,20} )?(?:site|website|web site|page|newsletters?|channel|forum|article|story|post|content|subscribers|privacy (?:policy|notice))\b|\b(?:ce|notre) (?:site|blog|newsletter|lettre d['’]information|chaîne|forum|contenu)\b(?! d(?:e |['’])\p{Ll})|\bcet article\b|\bnos (?:abonnés|abonnées|contenus|newsletters|conditions)\b/iu;
/** The reader addressed: the second person, or an imperative opening the paragraph. */
const READER_ADDRESSED = /\b(?:you|your|vous|votre|vos)\b|^(?:please )?(?:follow|join|visit|subscribe|sign up|log in|download|click|tap|update|suivez|rejoignez|abonnez|inscrivez|connectez|téléchargez|cliquez)\b/iu;
/** The site's machinery as the topic: ads, cookies, access, account, subscription, browser, alerts, e-mail. */
const SITE_MACHINERY = /\b(?:ads?|advertis\w*|cookies?|access|subscri\w*|account|log ?in|sign ?in|browser|preview|notifications?|alerts|newsletters?|e-?mail address|billing|membership|publicités?|abonn\w*|compte|navigat\w*|connexion|accès|aperçu|alertes|adresse e-?mail|réservés?)\b/iu;
/**
 * An indirect question (how, why, whether; comment, pourquoi): what follows is what an explainer explains ("In this
 * article we show you how browsers block cookies"), not the site's own machinery. The machinery must come before it.
 */
const EXPLAINED_TOPIC = /\b(?:how|why|whether|comment|pourquoi)\b/iu;
/** A notice is one to three sentences; longer is an article about sites, ads or privacy. */
const MAX_SITE_NOTICE = 300;
const MAX_SITE_NOTICE_SENTENCES = 3;
/** Sentence ends, counted to keep the notice short, and where the paragraph is cut into its sentences. */
const NOTICE_SENTENCE_END = /[.!?](?=\s|$)/gu;

/** One sentence names the site itself and its machinery, before any indirect question. */
function namesOwnMachinery(sentence: string): boolean {
  const q = EXPLAINED_TOPIC.exec(sentence);
  const head = q ? sentence.slice(0, q.index) : sentence;
  return SITE_SELF.test(sentence) && SITE_MACHINERY.test(head);
}

function isSiteNotice(p: string): boolean {
  if (p.length > MAX_SITE_NOTICE || REPORTED.test(p)) return false;
  if (!SITE_SELF.test(p) || !READER_ADDRESSED.test(p) || !SITE_MACHINERY.test(p)) return false;
  if ((p.match(NOTICE_SENTENCE_END)?.length ?? 0) > MAX_SITE_NOTICE_SENTENCES) return false;
  return p.split(NOTICE_SENTENCE_END).some(namesOwnMachinery);
}

/**
 * WHO SPEAKS TO WHOM. A line in which the site speaks to the reader about its own medium: the page, the article, the
 * photo and its gallery, the link, the edition, the reader's inbox or subscription. Read by the structure of the sentence,
 * not by a site's words, three parts in ONE sentence:
 *  - the reader is addressed: an imperative of a reader's action opening the sentence (READER_ACTION_VERBS; FR any
 *    capitalised -ez imperative), "please"/"veuillez", or the second person ("you", "vous");
 *  - the medium is the site's own: "this"/"our" (FR "ce/cet/cette/notre/nos") and up to two modifiers before a site
 *    medium noun (SITE_MEDIA_NOUNS), or "your"/"votre" before the reader's inbox or subscription (READER_MEDIA_NOUNS);
 *    a content noun (SITE_CONTENT_NOUNS: "this article", "this page") only after an imperative of a reader's action,
 *    since an explainer says "this article will help you" of itself;
 *  - nobody is reported: no quotation mark, no third-person reporting verb in the line (REPORTED).
 * An article reports on websites, apps and subscriptions in the third person ("The company said users can subscribe in
 * the app"); a column that says "this story" to "you" explains something (EXPLAINED_TOPIC) or runs longer than a notice.
 * Blind misses of this shape on five outlets: an unavailable site (361), a gallery button (373), a re-poster's link to the
 * complete article (376), an archive's note on its text (384), a subscription box (375), a comment forum (235).
 */
const SECOND_PERSON = /(?<![\p{L}-])(?:you|your|yours|vous|votre|vos)(?![\p{L}-])/iu;
const READER_ACTION = new RegExp(String.raw`^(?:please |kindly |veuillez )?(?:${READER_ACTION_VERBS.join('|')})(?![\p{L}-])`, 'iu');
/** A French imperative opening the sentence ("Cliquez sur ce lien", "Retrouvez cet article"): capitalised, -ez. */
const FR_IMPERATIVE = /^\p{Lu}\p{Ll}{2,}ez(?![\p{L}])/u;
const OWN_DEIXIS = String.raw`(?<![\p{L}-])(?:this|these|our|ce|cet|cette|ces|notre|nos)(?: [\p{L}'’-]{1,20}){0,2}? `;
/** The first person of the site: "our"/"notre"/"nos", the site naming its own medium whoever it speaks to. */
const OUR_DEIXIS = String.raw`(?<![\p{L}-])(?:our|notre|nos)(?: [\p{L}'’-]{1,20}){0,2}? `;
/** The demonstrative alone: "this"/"ce" points at whatever the sentence talks about (a gallery, a forum, an edition). */
const THIS_DEIXIS = String.raw`(?<![\p{L}-])(?:this|these|ce|cet|cette|ces)(?: [\p{L}'’-]{1,20}){0,2}? `;
/** A French medium noun with a "de"/"d'" complement is a kind of site the story is about ("ce site de covoiturage"). */
const KIND_OF = String.raw`(?! d(?:e |['’])\p{Ll})`;
const YOUR_MEDIUM = new RegExp(String.raw`(?<![\p{L}-])(?:your|votre|vos) (?:${READER_MEDIA_NOUNS.join('|')})(?![\p{L}-])`, 'iu');
const OUR_MEDIUM = new RegExp(String.raw`${OUR_DEIXIS}(?:${SITE_MEDIA_NOUNS.join('|')})(?![\p{L}-])${KIND_OF}`, 'iu');
/**
 * The site's promotion of what it sells or recommends: a promotional imperative opening the sentence (PROMO_VERBS) and
 * "our"/"nos" before an offer noun (SITE_OFFER_NOUNS): "Check Out Our Best Services for Investors", "Invest in funds with
 * our preferred broker", "Découvrez nos offres pour les épargnants". Both parts in one sentence; nobody reported.
 */
const PROMO_IMPERATIVE = new RegExp(String.raw`^(?:${PROMO_VERBS.join('|')})(?![\p{L}-])`, 'iu');
const OUR_OFFER = new RegExp(String.raw`${OUR_DEIXIS}(?:${SITE_OFFER_NOUNS.join('|')})(?![\p{L}-])`, 'iu');
/**
 * The promotion is a call to action or a heading, never a clause with its own subject (review A, item 2). The promo verbs
 * double as nouns and names: "Trade with our partners in the Gulf rose 12%", "Explore Ventures led the round; our
 * partners …", "Try as we might, our products …", "Profitez de la baisse des taux, nos partenaires …". So:
 * - a capitalised word right after the verb is a name ("Invest Europe", "Discover Financial") unless the whole line is in
 *   title case, the shape of a heading ("Check Out Our Best Services for Investors");
 * - a subject pronoun anywhere (PROMO_SUBJECT; not "it"/"on", which are also an object and a preposition) makes it a
 *   clause of someone speaking or reported;
 * - "our"/"nos" opening a clause after a comma or semicolon is that clause's subject, not the verb's object;
 * - after the offer noun at most PROMO_MAX_TAIL words, no figure: a complement ("for investors", "de simulation de
 *   crédit"), not a sentence going on ("in the Gulf rose 12% last year").
 */
const PROMO_SUBJECT = /(?<![\p{L}-])(?:we|they|he|she|nous|ils|elles|il|elle)(?![\p{L}'’-])/iu;
const PROMO_MINOR_WORD = /^(?:a|an|the|and|or|of|for|in|on|at|to|with|by|from|&|de|des|du|la|le|les|et|pour|à|en)$/iu;
const PROMO_MAX_TAIL = 5;
function isTitleCase(s: string): boolean {
  return s.split(/\s+/u).every((w) => PROMO_MINOR_WORD.test(w) || !/^\p{Ll}/u.test(w));
}
function promotesOwnOffer(s: string): boolean {
  const verb = PROMO_IMPERATIVE.exec(s);
  if (!verb) return false;
  const m = OUR_OFFER.exec(s);
  if (!m) return false;
  if (/^ \p{Lu}/u.test(s.slice(verb[0].length, verb[0].length + 2)) && !isTitleCase(s)) return false;
  if (PROMO_SUBJECT.test(s)) return false;
  if (/[,;]\s*$/u.test(s.slice(0, m.index))) return false;
  const tail = s.slice(m.index + m[0].length).replace(/[.,;:!?…]+\s*$/u, '').trim();
  return !/\p{N}/u.test(tail) && (tail === '' || tail.split(/\s+/u).length <= PROMO_MAX_TAIL);
}
/**
 * "This"/"ce" + a site medium noun as the OBJECT the reader acts on: the noun closes the clause, or a preposition of the
 * reading act follows it ("Open this photo in gallery", "Please select this link to read …", "Share this video with a
 * friend", "Cliquez sur ce lien pour …"). A complement of kind ("this edition of the race", "ce site de covoiturage") or an
 * adverb of time or place ("Visit this site early in the morning", "Visitez ce site tôt le matin": a place to visit) is a
 * thing in the world the sentence gives advice about, not the page. Nor are "in"/"on"/"en"/"avec" a reading act's: they
 * set a place, a season or a comparison ("Visit this site in the spring", "Visitez ce site en hiver", "Watch this edition
 * on television", "Comparez cette photo avec celle de 1990"; review B).
 */
const MEDIUM_OBJECT_END = String.raw`(?=\s*(?:$|[.,;:!?)…»”])|\s(?:to|with|from|for|pour|dans|à|sur|in (?:the |a )?(?:gallery|new tab|new window|full screen))(?![\p{L}-]))`;
const THIS_MEDIUM_OBJECT = new RegExp(String.raw`${THIS_DEIXIS}(?:${SITE_MEDIA_NOUNS.join('|')})(?![\p{L}-])${MEDIUM_OBJECT_END}`, 'iu');
/**
 * The consent formula of a site's terms: a gerund opening the sentence about using "this site", then "you" ("By using this
 * site, you agree …", "By allowing ads on this site, you support …", "En poursuivant votre navigation sur ce site, vous
 * acceptez …"; three outlets in the fixtures). Only this opening lets "this/ce" count without an imperative, and only the
 * closed gerunds of using a site with the consent verb after them: a visitor's or a buyer's gerund ("By excavating this
 * site in 1923, Carter gave you …", "En visitant ce site, vous marchez …", "By buying this edition, you help …") is not it
 * (review B).
 */
const CONSENT_GERUND = /^(?:by (?:using|continuing|browsing|visiting)|en (?:utilisant|poursuivant|continuant|naviguant))(?![\p{L}-])/iu;
const CONSENT_VERB = /(?<![\p{L}-])(?:you (?:agree|accept|consent)|vous (?:acceptez|consentez))(?![\p{L}-])/iu;
const THIS_MEDIUM = new RegExp(String.raw`${THIS_DEIXIS}(?:${SITE_MEDIA_NOUNS.join('|')})(?![\p{L}-])${KIND_OF}`, 'iu');
/**
 * The subscription nouns ("your subscription", "votre abonnement") are also a consumer's: a tip about streaming prices says
 * "Check your subscription: several services …". The site's own note on it is terse: one clause of at most eight words, no
 * colon opening what follows ("Start your subscription today", "Your subscription will end shortly").
 */
const SUBSCRIPTION_NOUN = /(?<![\p{L}-])(?:subscription|abonnement)(?![\p{L}-])/iu;
const MAX_SUBSCRIPTION_NOTE_WORDS = 8;
/**
 * The site's own voice about the reader's subscription, however long: "please"/"veuillez", or "we"/"nous" (the publisher)
 * opening a clause about the subscription itself, no colon setting out findings: a reporter's "we" compares offers ("We
 * compared the offers: your subscription to … will cost more", "Nous avons comparé les offres : votre abonnement …";
 * review B).
 */
const SITE_PLEASE = /(?<![\p{L}-])(?:please|veuillez)(?![\p{L}-])/iu;
const SITE_WE = /(?:^|[,;]\s)(?:we|nous)(?![\p{L}-])/iu;
/** A price change of the subscription is consumer news, not the site's note ("Your subscription will cost more from January"). */
const SUBSCRIPTION_PRICE = /(?<![\p{L}-])(?:costs?|cost more|prices?|pricier|dearer|cheaper|expensive|increase|rise|go up|coûter\p{L}*|coûte\p{L}*|prix|cher|augmente\p{L}*|hausse)(?![\p{L}-])/iu;
function readerMediumNoted(s: string): boolean {
  const m = YOUR_MEDIUM.exec(s);
  if (!m) return false;
  if (SITE_PLEASE.test(s) || (SITE_WE.test(s) && !s.includes(':'))) return true;
  const terse = !s.includes(':') && s.split(/\s+/u).length <= MAX_SUBSCRIPTION_NOTE_WORDS;
  // The inbox is also a consumer's: a product that files "each receipt sent to your inbox", fake notices "envoyés dans
  // votre boîte mail" are reporting in the third person. The site's note on it is addressed (an imperative of a reader's
  // action: "Get X in your inbox", "Recevez …") or terse, like the subscription's.
  if (!SUBSCRIPTION_NOUN.test(m[0])) return READER_ACTION.test(s) || FR_IMPERATIVE.test(s) || terse;
  return terse && !SUBSCRIPTION_PRICE.test(s);
}
const OWN_CONTENT = new RegExp(String.raw`${OWN_DEIXIS}(?:${SITE_CONTENT_NOUNS.join('|')})(?![\p{L}-])`, 'iu');
/**
 * A button's label: an imperative of a reader's action and a site medium noun closing a line of at most six words, no
 * sentence around it ("Buy Photo Reprints", "View the gallery", "Watch the video"). The noun is the verb's object: no
 * preposition between them (BUTTON_PREPOSITION), so "Watch live on the website" is a sentence, not a button.
 */
const BUTTON_PREPOSITION = String.raw`(?!(?:on|in|at|to|from|for|with|by|of|sur|dans|à|au|en|de)(?![\p{L}-]))`;
const MEDIUM_BUTTON = new RegExp(String.raw`^(?:${READER_ACTION_VERBS.join('|')})(?: ${BUTTON_PREPOSITION}[\p{L}\p{N}'’&/-]{1,20}){0,4} (?:${[...SITE_MEDIA_NOUNS, ...SITE_CONTENT_NOUNS].join('|')})\s?[:!]?$`, 'iu');
const MAX_BUTTON_WORDS_MEDIUM = 6;
/** A notice line: at most this long and this many sentences. */
const MAX_ADDRESSED_LINE = 300;
const MAX_ADDRESSED_SENTENCES = 3;
const SENTENCE_SPLIT = /(?<=[.!?])\s+/u;

/**
 * A link's own deixis: the imperative of pressing a link (click, tap; FR cliquez, appuyez) opening the sentence or a
 * clause after a comma, with "here"/"ici" pointing at the link itself ("For more reports, click here.", "Cliquez ici pour
 * lire la suite"). Fresh pages of three outlets and blind 294 print it; prose never says "click here". The gerund says the same
 * at a clause's end ("You can read the rules by clicking here", "en cliquant ici"; 225 and 408, two outlets). Not "read … here":
 * an editor's note in the body points readers to past instalments that way (fixture 133, unflagged by gold).
 */
const HERE_LINK = /(?:(?:^|[,;:]\s)(?:please )?(?:click|tap|cliquez|appuyez)(?: [\p{L}'’-]{1,20}){0,2}?|(?<![\p{L}-])(?:by (?:clicking|tapping)|en (?:cliquant|appuyant))) (?:here|ici)(?![\p{L}-])(?=\s*(?:$|[.,;:!?)…»”])|\s(?:to|for|pour|afin)(?![\p{L}-]))/iu;

/**
 * The site naming its own medium by its PROPER NAME, as its prompts do where they cannot say "our": "the <Name>
 * newsletter" ("Sign-up for the Harbour Daily newsletter, today"), "the <Name> learning platform", "notifications from
 * <Name>" ("Stay up to date with notifications from The Courier"); FR "la newsletter des <Nom>", "l'application <Nom>".
 * The medium nouns are the site's own (SITE_MEDIA_NOUNS) and what it pushes to the reader (notifications, podcast); an
 * app, a platform or alerts only in an offer (NAMED_CHANNEL, below). Read only in a sentence OPENED by the reader's act (READER_ACTION_VERBS, a French -ez
 * imperative) or by the prompt's verb of keeping up ("stay", "keep up", "restez"): a story names another company's
 * newsletter or app in the third person ("Investors can sign up for the Acme newsletter"). Blind misses of this shape on
 * three outlets: a notifications prompt above the headline (422), a newsletter sign-up (416), a learning platform's promo
 * under a cut preview (173).
 */
const NAMED_MEDIUM_NOUNS = [...SITE_MEDIA_NOUNS, 'notifications', 'podcasts?'].join('|');
/** What a site pushes to the reader, named with its sender ("notifications from <Name>", "la newsletter des <Nom>"). */
const PUSHED_MEDIUM_NOUNS = [...SITE_MEDIA_NOUNS.filter((n) => n.startsWith('newsletter')), 'notifications', 'updates', 'podcasts?'].join('|');
const MEDIUM_PROPER_NAME = String.raw`\p{Lu}[\p{L}\p{N}'’&.-]*(?: \p{Lu}[\p{L}\p{N}'’&.-]*){0,3}`;
/** A medium named by its proper name, either way round: "the <Name> (learning) <noun>", "la <noun> <Nom>". */
function namedMediumPattern(nouns: string): string {
  return String.raw`(?<![\p{L}-])(?:the|la|le|l['’]) ?${MEDIUM_PROPER_NAME}(?: \p{Ll}[\p{Ll}-]{1,12})? (?:${nouns})(?![\p{L}-])`
    + String.raw`|(?<![\p{L}-])(?:la|le|l['’]) ?(?:${nouns}) ${MEDIUM_PROPER_NAME}`;
}
const NAMED_MEDIUM = new RegExp(
  namedMediumPattern(NAMED_MEDIUM_NOUNS)
  + String.raw`|(?<![\p{L}-])(?:${PUSHED_MEDIUM_NOUNS}) (?:from|de|du|des|d['’]) ?(?:the |The |la |le |l['’])?${MEDIUM_PROPER_NAME}`
  // Alerts sent by a paper, its name led by its own article ("alerts from The Evening Courier", "les alertes du Courrier
  // du Nord"): a service's alerts are "from the Met Office", "de Météo-France".
  + String.raw`|(?<![\p{L}-])(?:alerts from The |alertes (?:du|de la|des) )${MEDIUM_PROPER_NAME}`,
  'u',
);
/**
 * A channel (CHANNEL_NOUNS: app, platform, alerts) is as often a third party's, named in reporting or in a public-service
 * instruction ("Open the <Name> app and …", "Connectez-vous sur la plateforme <Nom> avant le 14 mars", "alerts from the
 * <Name> will be issued"): it is the site's own only where the sentence OFFERS it to the reader, now or free ("Get <Book>
 * now with the <Name> learning platform", "Téléchargez gratuitement l'application <Nom>").
 */
const NAMED_CHANNEL = new RegExp(namedMediumPattern(CHANNEL_NOUNS.join('|')), 'u');
const OFFER_NOW = /(?<![\p{L}-])(?:now|today|for free|free|right away|maintenant|dès aujourd['’]hui|gratuitement|gratuite?s?)(?![\p{L}-])/iu;
/** The sentence opens with the reader's act, or with the prompt's verb of keeping up. */
const PROMPT_OPENING = new RegExp(String.raw`^(?:please |veuillez )?(?:${READER_ACTION_VERBS.join('|')}|stay|keep up|restez)(?![\p{L}-])`, 'iu');

/** A sentence opened by the reader's act that names the site's medium by the site's proper name. */
function namesOwnMediumByName(s: string): boolean {
  return (PROMPT_OPENING.test(s) || FR_IMPERATIVE.test(s)) && (NAMED_MEDIUM.test(s) || (NAMED_CHANNEL.test(s) && OFFER_NOW.test(s))) && !EXPLAINED_TOPIC.test(s);
}

function addressesReaderAboutMedium(sentence: string): boolean {
  const s = sentence.trim();
  if (HERE_LINK.test(s)) return true;
  if (promotesOwnOffer(s)) return true;
  if (namesOwnMediumByName(s)) return true;
  const imperative = READER_ACTION.test(s) || FR_IMPERATIVE.test(s);
  // A question to the reader ("Do you recall this website?") asks about the past; a notice tells or asks to act.
  if (!(imperative || (SECOND_PERSON.test(s) && !s.endsWith('?')))) return false;
  if (EXPLAINED_TOPIC.test(s)) return false;
  // The site's "our" names its own medium to anyone; "this" only as the object of the reader's act, or in the consent formula.
  if (OUR_MEDIUM.test(s) || readerMediumNoted(s)) return true;
  if (imperative) return THIS_MEDIUM_OBJECT.test(s) || OWN_CONTENT.test(s);
  return CONSENT_GERUND.test(s) && CONSENT_VERB.test(s) && THIS_MEDIUM.test(s);
}

/** Is this one line (no newline) a site's note to the reader about its own medium? */
function isAddressedMediumLine(line: string): boolean {
  const l = line.trim();
  if (l.length < 8 || l.length > MAX_ADDRESSED_LINE || REPORTED.test(l)) return false;
  if (MEDIUM_BUTTON.test(l) && l.split(/\s+/u).length <= MAX_BUTTON_WORDS_MEDIUM) return true;
  const sentences = l.split(SENTENCE_SPLIT);
  if (sentences.length > MAX_ADDRESSED_SENTENCES) return false;
  return sentences.some(addressesReaderAboutMedium);
}

/**
 * Every line of the document that is a site's note to the reader about its own medium, as findings. Run after the label,
 * shape, prompt and edge rules (index.ts), so a block one of them reads keeps its one flag and its message.
 */
export function findAddressedMediumNotes(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i]!;
    const start = doc.starts[i] ?? 0;
    let at = 0;
    for (const line of p.split('\n')) {
      if (isAddressedMediumLine(line)) out.push({ kind: 'boilerplate', start: start + at, end: start + at + line.length, message: 'A note from the site to the reader about its own page, article, photo, link or subscription left in the text.', fix: '' });
      at += line.length + 1;
    }
  }
  return out;
}

/**
 * Round 34: a site's sales pitch, a paragraph of imperatives to the reader naming what the site sells: "Access the most
 * comprehensive company profiles on the market. Save hours of research. Gain competitive edge." (a data vendor's box in a
 * trade site's article, 516), "Discover the latest business news … or download the app to stay updated!" (an Indian
 * business site's footer, 372), "Get all the list's mails in a single mail. Subscribe to the daily digest …" (a mailing
 * list's footer, 629), "Accédez à nos analyses graphiques exclusives, et entrez dans …" (a French market site, 426). Read
 * by its structure: the sentences open with an imperative of a pitch (PITCH_VERBS; FR -ez), or one sentence coordinates
 * two ("…, et entrez", "… or download"); imperatives are two clauses or more and at least as many sentences as the others
 * (a question or a heading may lead); the run names what is sold (PITCH_OFFER_NOUNS); nobody is quoted, reported or the
 * subject ("we", "he", "ils"). A capitalised word right after the verb is a name ("Access Bank", "Discover Financial"):
 * that sentence is not an imperative. A reader's tips name no offer ("Save early. Stay invested.").
 * Session 21 review: the offer must be named inside an imperative sentence (PITCH_OFFER read per sentence): "Read the fine
 * print. Investors get updates …" names its nouns in a reported sentence. A French -ez word opens a pitch only with a
 * French word after it (PITCH_FR_IMPERATIVE: an article, a possessive, a preposition, "-vous"), and is coordinated only by
 * "et"/"ou" in lower case (PITCH_FR_COORDINATED, no 'i' flag: under it \p{Ll} matches capitals): Spanish surnames in
 * -ez ("Lopez and Perez edit the news") are not imperatives.
 */
const PITCH_LEAD = /^[^\p{L}\p{N}]+/u;
const PITCH_SENTENCE_BREAK = /(?<=[.!?])\s+(?=[^\s\p{Ll}])/u;
const PITCH_IMPERATIVE = new RegExp(String.raw`^(?:(?:just|simply|please|now) )?(?:${PITCH_VERBS.join('|')})(?![\p{L}'’-])`, 'iu');
const PITCH_COORDINATED = new RegExp(String.raw`(?:,\s?|\s)(?:and|or|et|ou)\s(?:${PITCH_VERBS.join('|')})(?![\p{L}'’-])`, 'giu');
const PITCH_FR_COORDINATED = /(?:,\s?|\s)(?:et|ou)\s\p{Ll}{2,}ez(?![\p{L}'’-])/gu;
/** A French imperative opening a pitch's sentence, with the French word after it: "Découvrez nos …", "Recevez chaque matin …". */
const PITCH_FR_IMPERATIVE = /^\p{Lu}\p{Ll}{2,}ez(?:-vous)?(?= (?:nos|notre|vos|votre|à|au|aux|le|la|les|l['’]|des|du|un|une|chaque|tous|toutes?|dès|en|gratuitement)(?![\p{L}-]))/u;
const PITCH_OFFER = new RegExp(String.raw`(?<![\p{L}-])(?:${PITCH_OFFER_NOUNS.join('|')})(?![\p{L}-])`, 'iu');
const MAX_PITCH = 700;
const MIN_PITCH_CLAUSES = 2;

/** A sentence opening with a pitch's imperative, not with a name made of the verb ("Access Bank", "Discover Financial"). */
function opensWithPitch(sentence: string): boolean {
  const verb = PITCH_IMPERATIVE.exec(sentence) ?? PITCH_FR_IMPERATIVE.exec(sentence);
  return verb !== null && !/^ \p{Lu}/u.test(sentence.slice(verb[0].length, verb[0].length + 2));
}

function isSalesPitch(p: string): boolean {
  if (p.length > MAX_PITCH || REPORTED.test(p) || PROMO_SUBJECT.test(p) || !PITCH_OFFER.test(p)) return false;
  const sentences = p.replace(PITCH_LEAD, '').split(PITCH_SENTENCE_BREAK).filter((x) => x.trim() !== '');
  const imperatives = sentences.filter(opensWithPitch);
  const opening = imperatives.length;
  if (opening === 0 || opening < sentences.length - opening || !imperatives.some((x) => PITCH_OFFER.test(x))) return false;
  const coordinated = (p.match(PITCH_COORDINATED)?.length ?? 0) + (p.match(PITCH_FR_COORDINATED)?.length ?? 0);
  return opening + coordinated >= MIN_PITCH_CLAUSES;
}

export function findPrompts(doc: ArticleDoc, isFurniture: (p: string) => boolean): Finding[] {
  const ps = doc.paragraphs;
  const out: Finding[] = [];
  const wholes: Array<{ i: number; message: string }> = [];
  const whole = (i: number, message: string): void => { wholes.push({ i, message }); };
  const lineHits = new Set<number>();
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    const start = doc.starts[i] ?? 0;
    if (p.length <= MAX_PROMPT_LINE && !REPORTED.test(p)) {
      const line = PROMPT_LINES.find((l) => l.re.test(p));
      if (line) { whole(i, line.message); lineHits.add(i); continue; }
    }
    if (isSiteNotice(p)) { whole(i, 'A site notice to the reader (about its ads, access, account or alerts) left in the text.'); continue; }
    if (isSalesPitch(p)) { whole(i, 'A site’s sales pitch (imperatives to the reader about what it sells) left in the text.'); continue; }
    if (p.length <= MAX_SPONSOR_PARAGRAPH && SPONSOR_NOTE.test(p) && !REPORTED.test(p)) { whole(i, 'A sponsor’s message left in the text.'); continue; }
    if (p.length <= MAX_BANNER && PARTNER_BANNER.test(p) && BANNER_IMPERATIVE.test(p) && !REPORTED.test(p)) { whole(i, 'A partner’s advertising banner left in the text.'); continue; }
    const badge = GLUED_BADGE.exec(p);
    if (badge && badge[0].length < p.length) out.push({ kind: 'boilerplate', start, end: start + badge[0].length, message: 'A subscribers-only badge glued to the text.', fix: '' });
    if (p.length > 40 && /advertis|publicit|anzeige|continues (?:below|after)|sponsored/iu.test(p)) {
      for (const m of p.matchAll(INLINE_AD)) out.push({ kind: 'boilerplate', start: start + m.index!, end: start + m.index! + m[0].length, message: 'An ad-slot label left inside the paragraph.', fix: '' });
    }
    const tailAt = Math.max(0, p.length - READ_MORE_TAIL);
    const tail = p.slice(tailAt);
    const more = GLUED_READ_MORE.exec(tail) ?? ELIDED_READ_MORE.exec(tail);
    if (more) {
      // Keep the elision mark with the cut excerpt's label; drop the space before it.
      const from = tailAt + more.index;
      out.push({ kind: 'boilerplate', start: start + from, end: start + p.length, message: 'A “read more” link label glued to the end of a cut excerpt.', fix: '' });
    }
  }
  // The elision mark where the site cut the body, when a paywall notice follows it.
  for (let i = 1; i < ps.length; i++) {
    if (!ELISION_LINE.test(ps[i - 1]!)) continue;
    const next = ps[i]!;
    if (lineHits.has(i) || (isFurniture(next) && PAYWALL_WORD.test(next))) whole(i - 1, 'The mark where the site cut the article before its paywall.');
  }
  // Adjacent prompt lines are one block: one flag, one deletion.
  wholes.sort((a, b) => a.i - b.i);
  for (let k = 0; k < wholes.length; k++) {
    const first = wholes[k]!;
    let j = first.i;
    let same = true;
    while (k + 1 < wholes.length && wholes[k + 1]!.i === j + 1) { k++; j++; same &&= wholes[k]!.message === first.message; }
    const start = doc.starts[first.i] ?? 0;
    out.push({ kind: 'boilerplate', start, end: (doc.starts[j] ?? 0) + ps[j]!.length, message: same ? first.message : 'Site prompts (paywall, sign-up or sponsor copy) left in the text.', fix: '' });
  }
  return out.sort((a, b) => a.start - b.start);
}
