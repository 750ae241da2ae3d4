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

/** Emoji, variation selectors and spaces a prompt may trail ("… ask them to subscribe 🔔 "). */
const TRAIL = String.raw`\s?[.!]?[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$`;

/** A quotation or reported speech: a prompt the article quotes or reports on, not one the site prints. */
const REPORTED = /[“”"«»]|\b(?:said|says|told|according|wrote|writes|explained|a déclaré|selon|explique)\b/iu;

/** Whole-paragraph prompts, each with the reason shown to the reader. */
const PROMPT_LINES: ReadonlyArray<{ name: string; re: RegExp; message: string }> = [
  // Free-trial paywall buttons and notices: "Get access to this page with a Free Trial", "Start Free Trial",
  // "Start your 14-day free trial", "Commencez votre essai gratuit", "Empieza tu prueba gratuita", "Jetzt gratis testen".
  {
    name: 'free-trial',
    re: new RegExp(String.raw`^(?:(?:get|gain|unlock) (?:full |unlimited |instant )?access to (?:this|the|all|every) [^.!?]{1,40}? with (?:a|an|your) (?:free trial|subscription)|(?:start|begin|try|claim|get|activate|redeem) (?:your |a |my |the |our )?(?:\d{1,2}[- ](?:day|week|month)[- ])?free trial(?: now| today)?|(?:commencez|démarrez|essayez|activez|profitez de) (?:votre |l['’]|un |d['’]un |notre )?(?:essai|offre d['’]essai|période d['’]essai) gratuit(?:e)?(?: maintenant)?|essai gratuit|(?:empieza|comienza|inicia|prueba) (?:tu |la |una )?(?:prueba|período de prueba) (?:gratis|gratuita)|prueba gratis|(?:jetzt )?(?:kostenlos|gratis) testen|(?:comece|inicie) (?:seu |o )?(?:teste|período de teste) gr[aá]tis|experimente gr[aá]tis)${TRAIL}`, 'iu'),
    message: 'Free-trial paywall prompt left in the text.',
  },
  // Subscriber-only notices beyond the fixed "aux abonnés" labels: "Cet article est réservé à nos abonnés L'Usine Nouvelle",
  // "Cette enquête est réservée aux abonnés", "Subscribers only", "Exclusivo para suscriptores", "Nur für Abonnenten".
  {
    name: 'subscriber-only',
    re: /^(?:(?:cet|cette) (?:article|contenu|enquête|analyse|entretien|tribune|chronique|décryptage) (?:vous )?est réservée? (?:à nos|aux) (?:lecteurs )?(?:abonnés|membres)\b[^.!?]{0,60}|(?:la suite (?:de cet article )?est )?réservée? à nos abonnés\b[^.!?]{0,60}|(?:(?:this (?:article|story|content|page|post) is )?(?:for |reserved for |exclusive to |available (?:only )?to )?(?:paid |premium )?(?:subscribers|members) only)|subscriber[- ]only(?: content| article| story)?|(?:contenido )?exclusivo para (?:suscriptores|assinantes)|solo para suscriptores|conte[uú]do exclusivo para assinantes|(?:nur|exklusiv) für abonnenten|riservato agli abbonati)[.!]?$/iu,
    message: 'Subscriber-only notice (paywall) left in the text.',
  },
  // Subscription slogans under a paywall: "Soutenez un journalisme d'expertise.", "Soutenez la presse indépendante",
  // "Apoya el periodismo independiente", "Unterstützen Sie unabhängigen Journalismus".
  {
    name: 'journalism-appeal',
    re: /^(?:soutenez|aidez-nous à soutenir|apoya|apoye|unterstützen sie|sostieni|apoie) (?:un |une |le |la |notre |nos |el |nuestro |unseren |den |il |o )?(?:journalisme|presse|rédaction|information|periodismo|journalismus|giornalismo|jornalismo)\b[^.!?]{0,60}[.!]?$/iu,
    message: 'Subscription slogan (paywall) left in the text.',
  },
  // Share prompts: "Please share this with someone and ask them to subscribe 🔔", "Forward this to a friend who would enjoy it",
  // "Partagez cet article avec vos proches", "N'hésitez pas à partager cette newsletter".
  {
    name: 'share-prompt',
    re: new RegExp(String.raw`^(?:please )?(?:share|forward) (?:this|it|the (?:newsletter|post|article|issue))\b[^.!?]{0,80}?\b(?:subscribe|sign up|friends?|someone|colleagues?|network)\b[^.!?]{0,60}${TRAIL}|^(?:n['’]hésitez pas à )?(?:partagez|partager|transférez|transférer|faites suivre) (?:cet article|cette newsletter|cette lettre|ce post|ce billet)\b[^.!?]{0,80}${TRAIL}`, 'iu'),
    message: 'A share or subscribe prompt left in the text.',
  },
  // Sign-up prompts naming the site's own offer: "Sign up to access our reports and to stay up with the latest in …",
  // "Subscribe for free to get our weekly digest", "Inscrivez-vous pour recevoir nos analyses", "Suscríbete para recibir nuestras noticias".
  {
    name: 'sign-up-prompt',
    re: new RegExp(String.raw`^(?:please )?(?:sign up|subscribe|register|inscrivez-vous|abonnez-vous|suscríbete|suscribete|regístrate|assine|inscreva-se|abonnieren sie|melden sie sich an|iscriviti)(?: now| today| for free| gratuitement| gratis| kostenlos)? (?:to|for|pour|à|para|per)\b[^.!?]{0,100}?\b(?:our|us|nos|notre|nuestros?|nuestras?|nossos?|nossas?|unseren?|unsere|nostri|nostre)\b[^.!?]{0,100}${TRAIL}|^(?:suscr[ií]bete|inscr[ií]bete|assine|inscreva-se) (?:a |à |en |para )?(?:nuestro|nuestra|nuestros|nuestras|nosso|nossa|nossos|nossas)\b[^.!?]{0,100}${TRAIL}`, 'iu'),
    message: 'A sign-up prompt left in the text.',
  },
  // Sign-up form residue: the messages a newsletter box prints around its field ("Thank you for subscribing!", "Something
  // went wrong. Please try again.", "By signing up, you agree to our Privacy Policy", "Merci pour votre inscription").
  {
    name: 'form-residue',
    re: /^(?:thanks? (?:you )?for (?:subscribing|signing up|your subscription|registering)\s?[.!]?(?: (?:check|please check) your (?:e-?mail|inbox)[^.!?]{0,40}\s?[.!]?)?|you['’]re (?:all set|subscribed|signed up|in)\s?[.!]?|(?:oops[.!,]? )?something went wrong[.!,]? (?:please )?try again(?: later)?\s?[.!]?|please (?:enter|provide) a valid e-?mail(?: address)?\s?[.!]?|invalid e-?mail(?: address)?\s?[.!]?|by (?:signing up|subscribing|registering|clicking (?:subscribe|sign up|register))\b[^]{0,160}\b(?:privacy (?:policy|notice)|terms(?: of (?:use|service))?)\b[^]{0,80}|merci (?:pour|de) votre inscription\s?[.!]?|votre inscription a bien été (?:prise en compte|enregistrée)\s?[.!]?|une erreur (?:s['’]est produite|est survenue)[^.!?]{0,40}\s?[.!]?|veuillez (?:saisir|entrer|renseigner) une adresse e-?mail valide\s?[.!]?|en vous inscrivant,? vous acceptez\b[^]{0,160})$/iu,
    message: 'Sign-up form messages left in the text.',
  },
  // Subscription offers: "Only $1 for your first month", "Just €2 a week for 6 months", "1 € le premier mois", "Je m'abonne",
  // "Log in or register to continue reading", "Become a member to read this story", "Devenez abonné pour lire la suite".
  {
    name: 'subscription-offer',
    re: /^(?:(?:only|just|from) )?[$€£]\s?\d{1,3}(?:[.,]\d{2})? (?:for|per|a|\/) ?(?:your first |the first |\d{1,2} )?(?:month|week|year|months|weeks|years)\b[^.!?]{0,60}[.!]?$|^\d{1,3}(?:[.,]\d{2})?\s?€ (?:le premier mois|par mois|pendant \d{1,2} mois|les \d{1,2} premiers mois)\b[^.!?]{0,60}[.!]?$|^(?:je m['’]abonne|abonnez-vous|découvrir (?:l['’]|nos )offres?|voir (?:l['’]|les )offres?)$|^(?:log ?in|sign ?in) or (?:register|sign up|subscribe) to (?:continue|read|keep reading|unlock)\b[^.!?]{0,60}[.!]?$|^become an? (?:member|subscriber|insider)\b[^.!?]{0,20}\bto (?:read|continue|unlock|keep reading)\b[^.!?]{0,60}[.!]?$|^devenez abonné(?:e)?\b[^.!?]{0,60}[.!]?$/iu,
    message: 'Subscription offer (paywall) left in the text.',
  },
  // Sponsor labels of a partner module: "In association with Acme", "About this content". Not "Supported by" or "Funded by":
  // a startup's profile card lists its backers that way.
  { name: 'sponsor-module', re: /^(?:[Ii]n [Aa]ssociation [Ww]ith|IN ASSOCIATION WITH) \p{Lu}[^.!?,]{0,40}$|^(?:[Aa]bout this content|ABOUT THIS CONTENT)$/u, message: 'Sponsor or ad label left in the text.' },
  // Paywall prompts as a question or a condition: "Want to read more? Subscribe today", "Pour lire la suite, abonnez-vous",
  // "Accédez à tous nos contenus en illimité", "Offre spéciale : 1 € le premier mois", "Para seguir leyendo, suscríbete".
  {
    name: 'paywall-condition',
    re: /^(?:want (?:to read|more|to keep reading)\b[^.!?]{0,30}\?\s*(?:subscribe|sign up|register|join|log in)\b[^.!?]{0,40}|(?:pour|afin de) (?:lire|continuer|poursuivre|accéder à|découvrir) (?:la suite|cet article|votre lecture|l['’]intégralité|tous nos)[^.!?]{0,40}?(?:abonnez-vous|connectez-vous|inscrivez-vous|identifiez-vous)[^.!?]{0,40}|(?:accédez|profitez d['’]un accès) (?:à tous nos|illimité|en illimité|à l['’]intégralité)[^.!?]{0,60}|offre (?:spéciale|découverte|d['’]essai|exceptionnelle|abonnement)\s?:[^.!?]{0,80}|para (?:seguir|continuar) leyendo,? (?:suscr[ií]bete|reg[ií]strate|inicia sesi[oó]n)[^.!?]{0,40}|um weiterzulesen,? [^.!?]{0,60}|para continuar lendo,? [^.!?]{0,60})\s?[.!]?$/iu,
    message: 'Paywall prompt left in the text.',
  },
  // Newsletter prompts: "Get the best of TechNews in your inbox", "Newsletter Tech : recevez chaque matin l'essentiel",
  // "Ne manquez rien de l'actualité", "Nos newsletters".
  {
    name: 'newsletter-prompt',
    re: /^(?:get (?:the best of|the latest|the top|our top|all the)[^.!?]{0,60}(?:in|to) your inbox|newsletters?\b[^.!?:]{0,40}\s?:\s?(?:recevez|inscrivez-vous|abonnez-vous|sign up|subscribe|get)\b[^.!?]{0,80}|ne (?:manquez|ratez) (?:plus )?(?:rien|aucun|aucune)\b[^.!?]{0,60}|(?:nos|our|all|toutes nos|alle) newsletters|newsletters)\s?[.!]?$/iu,
    message: 'Newsletter prompt left in the text.',
  },
  // Reading tools and buttons: "Save article", "Gift this article", "Remove from saved", "Font size", "A A A", "Add comment",
  // "Top of page", "Continue reading below", a player's "0:00" and "1x".
  {
    name: 'tool-button',
    re: /^(?:save (?:article|story|for later|this (?:article|story))|gift (?:this )?(?:article|story)|give this (?:article|story)|share (?:this )?gift|remove from (?:saved|bookmarks|reading list)|(?:font|text) size|a a a?|aa|add (?:a )?comment|top of (?:the )?page|continue reading below|0:00(?: \/ \d{1,2}:\d{2})?|1x|1\.0x)$/iu,
    message: 'Button label left in the text.',
  },
  // Related-story and reading labels of other languages, alone or before a headline: "Lesen Sie auch", "Mehr zum Thema",
  // "Leia também: …", "Lea también", "Te puede interesar", "Weiterlesen", "Das könnte Sie auch interessieren", "Artículos
  // relacionados", "Plus d'articles", "Voir plus", "Ver más", "Compartilhe".
  {
    name: 'related-intl',
    re: /^(?:(?:lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|leia (?:também|mais)|veja também|lea (?:también|más)|lee también|te puede interesar|leggi anche|potrebbe interessarti|das könnte sie (?:auch )?interessieren)(?:\s?:\s?\S.{3,150})?|weiterlesen|continue lendo|seguir leyendo|art[ií]culos relacionados|noticias relacionadas|notícias relacionadas|artigos relacionados|articoli correlati|verwandte artikel|ähnliche artikel|plus d['’]articles|voir plus|afficher plus|ver m[aá]s|ver mais|mehr anzeigen|mostra (?:di )?più|compartilhe|compartir en [\p{L}]+|comparte|teilen sie (?:diesen artikel|den artikel))$/iu,
    message: 'Link label or related-story link left in the text.',
  },
  // E-mail newsletter chrome kept by a newsletter archive: "View this email in your browser", "Unsubscribe from this list",
  // "Update your preferences", "You are receiving this email because you opted in …", "Our mailing address is:",
  // "Voir la version en ligne", "Se désinscrire", "Vous recevez cet e-mail car …".
  {
    name: 'email-chrome',
    re: /^(?:view (?:this (?:e-?mail|newsletter)|it) (?:in|on) (?:your|a|the) (?:web )?browser|view (?:this e-?mail )?online|(?:click here to )?unsubscribe(?: from (?:this|our) (?:list|newsletter|mailing list))?|update (?:your )?(?:subscription )?preferences|manage (?:your )?(?:subscription|subscriptions|preferences|e-?mail preferences)|you(?: are|['’]re) receiving this (?:e-?mail|newsletter|message)\b[^]{0,200}|you received this (?:e-?mail|newsletter|message)\b[^]{0,200}|our mailing address is:?|want to change how you receive these e-?mails\?[^]{0,120}|you can update your preferences or unsubscribe from this list\.?|forward (?:this )?(?:e-?mail )?to a friend|(?:voir|afficher) (?:la version (?:en ligne|web|navigateur)|cet e-?mail dans (?:votre|le) navigateur)|se (?:désinscrire|désabonner)|(?:cliquez ici pour )?vous désinscrire|vous recevez (?:cet|ce) (?:e-?mail|courriel|message)\b[^]{0,200}|gérer (?:mes|vos) (?:abonnements|préférences)|darse de baja|abmelden|newsletter abbestellen)\s?[.!]?$/iu,
    message: 'E-mail newsletter chrome left in the text.',
  },
  // Publishing-platform chrome: "X is a reader-supported publication. To receive new posts …", "Discussion about this post",
  // "Ready for more?", "Recommended from Medium", "See all from Jane Doe", "Report this article", "Sign in to view more
  // content", "Others also viewed", "Agree & Join LinkedIn", "Be the first to like this", "Entries feed", "View full coverage".
  {
    name: 'platform-chrome',
    re: /^(?:[^.!?]{2,60} is a reader-supported publication\.[^]{0,160}|discussion about this (?:post|episode|article)|ready for more\?|start writing\.?|recommended from medium|see all from [^.!?]{2,40}|more from [^.!?]{2,40} and [^.!?]{2,40}|report this (?:article|post|comment)|sign in to view more content|others also viewed|explore (?:topics|content categories)|agree & join linkedin|new to linkedin\? join now|by clicking continue(?: to join or sign in)?, you agree to linkedin['’]s\b[^]{0,120}|create your free account or sign in to continue\b[^]{0,60}|be the first to (?:like|comment on) this|no (?:downloads|comments)\s?:?|total views|upcoming slideshare|loading in\s?(?:…|\.{3})\s?\d|number of embeds|viewers also liked|more related content|entries (?:feed|rss)|comments (?:feed|rss)|(?:view )?full coverage)$/iu,
    message: 'Publishing-platform chrome left in the text.',
  },
  // Recommendation-module headings the boilerplate labels do not list: "More for you", "Picked for you", "In case you missed
  // it", "Keep reading", "More videos", "Vous aimerez aussi", "Ces articles pourraient vous intéresser", "À voir aussi".
  {
    name: 'recommendation-heading',
    re: /^(?:more for you|(?:selected|picked|chosen|curated) for you|in case you missed it|icymi|keep reading|(?:more|latest|related|top) videos|watch more|vous aimerez (?:aussi|également)|vous pourriez (?:aussi |également )?aimer|à voir (?:aussi|également)|ces articles pourraient vous intéresser|sélectionnés? pour vous|recommandés? pour vous|nos derniers articles)\s?:?$/iu,
    message: 'Website module heading left in the text.',
  },
  // Comment-section and live-blog controls: "Sort by: Newest", "Like Reply", "Report abuse", "Show key events only".
  {
    name: 'comment-controls',
    re: /^(?:sort by\s?:?\s?(?:newest|oldest|best|top|most recent|most popular|popular|recent)(?: first)?|like reply|reply report|report abuse|flag as inappropriate|show key events only|trier par\s?:?\s?(?:les plus récents|les plus anciens|pertinence))$/iu,
    message: 'Comment-section or live-blog controls left in the text.',
  },
  // A document site's preview notice: "You're reading a preview", "Unlock full access to all documents", "Vous lisez un
  // aperçu", "Você está lendo uma amostra", "Estás leyendo una vista previa".
  {
    name: 'preview-notice',
    re: /^(?:you['’]re reading a (?:free )?preview(?:,? unlock [^.!?]{2,60})?|unlock (?:full access|the full document|all documents)[^.!?]{0,60}|vous lisez un aperçu(?: gratuit)?|você está lendo uma (?:amostra|prévia)(?: gratuita)?|estás leyendo una (?:vista previa|muestra)(?: gratuita)?)\s?[.!]?$/iu,
    message: 'A document site’s preview notice (paywall) left in the text.',
  },
  // One-word ad labels of other languages ("Publicité" and "Advertisement" are in the boilerplate labels).
  { name: 'ad-label-intl', re: /^(?:anzeige|werbung|publicidad|publicidade|pubblicità|reklame|patrocinado|contenido patrocinado|gesponserter inhalt)$/iu, message: 'Sponsor or ad label left in the text.' },
  // The same labels with the sponsor's name, capitalised (no i flag: under it \p{Lu} would take any letter).
  { name: 'sponsor-label-intl', re: /^(?:[Pp]atrocinado por|[Gg]esponsert von|[Ss]ponsorisé par|[Cc]ontenu proposé par|[Ss]ponsorizzato da|[Ee]n partenariat avec|[Uu]n contenu proposé par) \p{Lu}[^.!?,]{0,40}$/u, message: 'Sponsor or ad label left in the text.' },
];

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
const GLUED_BADGE = /^(?:(?:[Aa]rticle )?[Rr]éservé aux abonnés|RÉSERVÉ AUX ABONNÉS|[Ss]ubscribers? [Oo]nly|SUBSCRIBERS? ONLY|[Mm]embers [Oo]nly|[Ee]xclusivo para suscriptores|[Nn]ur für Abonnenten)(?=\p{Lu}|\s*[-–—:|]\s|\s+\p{Lu}{2,})|^(?:[Aa]bonnés|ABONNÉS|[Pp]remium|PREMIUM)(?=\p{Lu}\p{Lu})/u;

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
 * An ad-slot label inside a paragraph, between two sentences: "… in 2023. ADVERTISEMENT The round was led …", "… a-t-il
 * dit. PUBLICITÉ La start-up …", "… Story continues below advertisement …", "- Advertisement -". The label in capitals
 * (or decorated, or the "continues below" phrase): "Advertisement Standards Council" in sentence case is a name.
 */
const INLINE_AD = /(?<=[.!?:"'”’)]\s{1,3})(?:ADVERTISEMENT|ADVERTISING|PUBLICITÉ|ANZEIGE|PUBLICIDAD|PUBBLICITÀ|SPONSORED CONTENT|(?:[Ss]tory|[Aa]rticle) continues below(?: (?:this )?advertisement)?|[-–—]\s?(?:[Aa]dvertisement|ADVERTISEMENT|[Pp]ublicité)\s?[-–—])(?=\s{1,3}["'“‘«]?\p{Lu})/gu;

/**
 * An elision mark alone on its line/**
 * An elision mark alone on its line ("[...]", "(…)"), right before a paywall notice: where the site cut the body.
 */
const ELISION_LINE = /^[[(]?\s?(?:\.{3}|…)\s?[\])]?$/u;

/** A paywall notice the boilerplate labels already took: the elision mark before it goes with it. */
const PAYWALL_WORD = /\b(?:abonn\w*|subscri\w*|free trial|essai gratuit|paywall|members? only)\b/iu;

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
    if (p.length <= MAX_SPONSOR_PARAGRAPH && SPONSOR_NOTE.test(p) && !REPORTED.test(p)) { whole(i, 'A sponsor’s message left in the text.'); continue; }
    if (p.length <= MAX_BANNER && PARTNER_BANNER.test(p) && BANNER_IMPERATIVE.test(p) && !REPORTED.test(p)) { whole(i, 'A partner’s advertising banner left in the text.'); continue; }
    const badge = GLUED_BADGE.exec(p);
    if (badge && badge[0].length < p.length) out.push({ kind: 'boilerplate', start, end: start + badge[0].length, message: 'A subscribers-only badge glued to the text.', fix: '' });
    if (p.length > 40 && /advertis|publicit|anzeige|continues below|sponsored/iu.test(p)) {
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
