/**
 * Print and web furniture that an extractor kept as body text: ad labels,
 * share and subscribe prompts, "Related" link lists, paywall prompts,
 * newspaper-archive footers, document-site furniture. Each pattern matches a
 * WHOLE short paragraph, so the same words inside a sentence never count.
 */
import type { ArticleDoc, Finding } from './context';
import { keysOf, looseKey, wordCount } from './context';
import { breadcrumbLines, chromeLines, isBodyProse } from './menus';

/** Whole-paragraph labels, each with the reason shown to the reader. */
const LABELS: ReadonlyArray<{ name: string; re: RegExp; message: string }> = [
  // Newspaper-archive footer ("Newspapers in English", "Newspapers from China").
  { name: 'archive-footer', re: /^newspapers (?:in|from) [\p{L} .'-]{2,40}$/iu, message: 'Newspaper-archive footer printed with the article.' },
  // Ad slots.
  { name: 'ad-label', re: /^(?:advertisement|advertisements|advertising|sponsored(?: content)?|ad|story continues(?: below)?(?: advertisement)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?)$/i, message: 'Ad-slot label left in the text.' },
  // Reading prompts and module headings.
  { name: 'module-heading', re: /^(?:continue reading(?: the (?:main )?story)?|read more|read next|read also|also read|more stories|more news|more from [\p{L} .&'-]{2,30}|popular on [\p{L}\p{N} .&'-]{2,30}|most popular|most read|trending(?: now)?|recommended(?: stories| for you)?|recommend stories|you may also like|you might also like|related(?: stories| articles| content| coverage| news| links| topics)?:?|see also:?|why you can trust [\p{L} .'-]{2,30}|top stories|editor'?s picks)$/iu, message: 'Website module heading left in the text.' },
  // Buttons.
  { name: 'button', re: /^(?:print|share|share this(?: article| story| page)?|share (?:page|article|story|post)|tweet|email|e-mail|copy link|save|comment|comments|log ?in|sign ?in|sign up|subscribe|subscribe now|register|close|menu|back to top|skip to (?:main )?content|click to enlarge|enlarge this image|view gallery|back to gallery|next slide|previous slide|play video|watch video|replay|toggle caption|hide caption|show caption)$/i, message: 'Button label left in the text.' },
  // Paywall prompts.
  { name: 'paywall', re: /^(?:this (?:item|article|story|content) is (?:available|only available) (?:in full )?to (?:subscribers|members)\.?|please log ?in to continue\.?|(?:subscribe|log in|sign in|register) to (?:continue|read|unlock)[^.]{0,60}\.?|already a (?:subscriber|member)\?.{0,40}|you have reached your (?:free )?(?:article )?limit.{0,60})$/i, message: 'Paywall prompt left in the text.' },
  // Newsletter, cookie and app prompts.
  { name: 'prompt', re: /^(?:sign up (?:for|to) (?:our|the) [^.]{0,60}newsletters?[^.]{0,60}\.?|subscribe to (?:our|the) [^.]{0,40}newsletters?[^.]{0,60}\.?|enter your e-?mail(?: address)?[^.]{0,40}\.?|get [^.]{0,60} delivered (?:straight )?to your inbox[^.]{0,30}\.?|get (?:our|the) [^.]{0,40}newsletter[^.]{0,60}\.?|we use cookies[^]{0,200}|download (?:our|the) [^.]{0,30}app[^.]{0,40}\.?|follow us on [^.]{0,60}\.?)$/i, message: 'Newsletter, cookie or app prompt left in the text.' },
  // In-body promo link to another story ("On HoustonChronicle.com: …").
  { name: 'promo-link', re: /^on [\p{L}\p{N}-]+\.(?:com|net|org|co\.uk|com\.au|cn): .{5,150}$/iu, message: 'Promotional link to another story left in the text.' },
  // Related-story label prefixes ("Column: …", "READ MORE: …") on a short line without a full stop.
  { name: 'related-link', re: /^(?:column|opinion|related|read more|read|see also|also read|watch|listen|more|recommended|photos|video|gallery): \S.{3,150}(?:[^.!:]|\?)$/iu, message: 'Link to another story left in the text.' },
  // Document-sharing site furniture.
  { name: 'document-site', re: /^(?:report dmca(?: \/ copyright)?|download file|download pdf|citation preview|views \d[\d,]* downloads \d[\d,]* file size [\d.]+ ?[kmg]b|download (?:as|now)(?: pdf| docx?| txt)?|embed|share & embed)$/i, message: 'Document-sharing site furniture left in the text.' },
  // Photo-gallery and player residue.
  { name: 'gallery', re: /^(?:(?:image|photo|slide) \d+ (?:of|\/) \d+|\d+ of \d+|now playing:?|up next:?|video duration \d[\d:]*|\d{1,2}:\d{2} (?:min|mins)?|expand|fullscreen|mute|unmute|volume \d+%)$/i, message: 'Photo-gallery or video-player residue left in the text.' },
  // Masthead: a bare site address or a cover price.
  // A bare date line is the page's own metadata (a blog's date header): it is masthead furniture only next to a cover price (see MASTHEAD_DATE).
  { name: 'masthead', re: /^(?:[¥$£€]\s?\d{1,3}(?:\.\d{2})?|rmb)$/i, message: 'Print masthead furniture (date, address or cover price) left in the text.' },
  // Print-edition notes ("A version of this article appears in print on , on Page A1 …").
  { name: 'print-note', re: /^a version of this article appears in print on\b.{0,200}$/i, message: 'Print-edition note left in the text.' },
  // Topic tags.
  { name: 'topic-tag', re: /^(?:topics?|tags?) ?\|.{1,60}$/i, message: 'Topic tag left in the text.' },
  // A hashtag line: "#Cyclical Consumer Goods", "#AI #Fintech" (a letter right after "#", so a Markdown "# Heading" is not one;
  // the first tag holds a letter, so an issue or list number alone, "#168", is not one).
  { name: 'hashtag', re: /^#(?=\p{N}*\p{L})[\p{L}\p{N}][\p{L}\p{N}&_'’-]*(?: #?[\p{L}\p{N}&][\p{L}\p{N}&_'’-]*){0,5}$/u, message: 'Topic tag left in the text.' },
  // Reading time and audio-player labels: "1 Min Read", "Reading time: 4 minutes", "Listen to the Article(6 Minutes)", "5 min de lecture".
  { name: 'reading-time', re: /^(?:(?:reading time|temps de lecture)\s*:?\s*)?\d{1,3}\s?(?:min|mins|minutes?)\.?(?: read| de lecture)?$|^\d{1,3}\s?(?:min|mins|minutes?)\.? read$|^(?:listen to|écouter) (?:the|this|l'|l’|cet)\s?(?:article|story)\s*(?:\(?\s*\d{1,3}(?::\d{2})?\s?(?:min|mins|minutes?)?\s*\)?)?$/iu, message: 'Reading-time or audio-player label left in the text.' },
  // Image alt text or icon name on its own line: "Profile image", "Search icon". Not "<name> logo":
  // that is a real caption under a logo (Wikipedia); in a run of page labels it counts as one of them.
  { name: 'alt-text', re: /^(?:[\p{L}\p{N}&'’.-]+ ){0,2}(?:icon|avatar|thumbnail|image|profile picture)$/iu, message: 'Image alt text or icon name left in the text.' },
  // An icon's accessibility description: "Chevron icon It indicates an expandable section or menu…".
  { name: 'icon-description', re: /^(?:[\p{L}-]+ ){1,3}icon\b.{0,160}?\bit (?:often |usually )?(?:indicates|represents|means)\b/iu, message: 'Icon description (accessibility text) left in the text.' },
  // A weather widget: "Kuala Lumpur 28°C, Mostly Cloudy".
  { name: 'weather', re: /^\p{Lu}[\p{L} .'’-]{1,40},?\s+-?\d{1,3}\s?°\s?[CF]?(?:\s*[,|/–-]\s*[\p{L} ]{3,30})?$/u, message: 'Weather widget left in the text.' },
  // A share bar: nothing but network names ("Twitter Facebook Linkedin Flipboard Email").
  { name: 'share-bar', re: /^(?:(?:share(?: this(?: article| story)?)?(?: on| via)?:?|tweet|pin|twitter|x|facebook|linkedin|flipboard|e-?mail|whatsapp|telegram|reddit|pinterest|print|copy link|copy url|messenger|tumblr|pocket|sms|mail|threads|bluesky|mastodon|xing|vk|like|comment|comments|repost|send|save|follow)[\s,|•·/]*){2,}$/i, message: 'Share buttons left in the text.' },
  // A breadcrumb trail: "Home > Tech > Startups", "News | Business | Markets" (short segments, no sentence).
  // A line opening with "by <name>" is a byline with its date and section (byline-noise), not a breadcrumb.
  { name: 'breadcrumb', re: /^(?!(?:by|par|von|por) )(?:(?:home|accueil|start)\s*[>›»/|]\s*[^.!?]{1,80}|[^\s.!?>›»|/][^.!?>›»|/]{0,24}(?:\s[>›»|/]\s[^.!?>›»|/]{1,25}){2,5})$/iu, message: 'Breadcrumb trail left in the text.' },
  // Comment-section and player residue: "Leave a comment", "12 Comments", "Loading…", "Please enable JavaScript to view the comments".
  { name: 'comments-player', re: /^(?:leave a (?:comment|reply)|join the (?:conversation|discussion)|view (?:\d+ )?comments|show comments|\d+ comments?|loading(?:\.{3}|…)?|please enable javascript\b.{0,80}|javascript is (?:disabled|required)\b.{0,80}|your browser does not support\b.{0,80}|this video (?:is (?:not )?available|can ?not be played)\b.{0,60}|(?:click|tap) to (?:expand|enlarge|zoom|play))$/i, message: 'Comment-section or player residue left in the text.' },
  // Shortcode placeholders a scraper or CMS left where an ad or embed went: "[ad_1]", "[ad_2]", "[embed]".
  { name: 'shortcode', re: /^\[(?:ads?|advert|banner|embed|video|gallery|caption|related)(?:[_ -]?\w{1,12})?\]$/i, message: 'Placeholder shortcode left in the text.' },
  // Syndication notes: "Source link", "Image and article originally from seekingalpha.com. Read the original article here."
  { name: 'syndication', re: /^(?:source link|(?:image and )?(?:this )?(?:article|story|post) (?:was )?originally (?:published|appeared|posted|from)\b[^]{0,140}|read the original (?:article|story|post)(?: here| (?:on|at) [^.!?]{2,60})?\.?)$/i, message: 'Syndication note left in the text.' },
  // Archive-age banners: "This article is more than 5 month old."
  { name: 'age-banner', re: /^this (?:article|story|content|page) is (?:more than|over) (?:\d+|one|two|three|a) (?:years?|months?|weeks?|days?) old\.?$/i, message: 'Archive-age banner left in the text.' },
  // A close button: a lone "×", "x", "✕".
  { name: 'close-button', re: /^[×xX✕✖❌]$/u, message: 'Button label left in the text.' },
  // Cookie and consent banners: "This site uses cookies…", "By continuing to browse, you agree…", "Accept all cookies".
  { name: 'consent', re: /^(?:(?:this|our) (?:site|website) uses cookies\b[^]{0,200}|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b[^]{0,160}|(?:accept|reject|allow|manage) (?:all )?cookies|cookie (?:settings|preferences|policy)|(?:ce site|nous) utilis(?:e|ons) des cookies\b[^]{0,200}|(?:tout )?accepter(?: et fermer)?|gérer (?:mes|les) (?:cookies|préférences|choix))$/iu, message: 'Cookie or consent banner left in the text.' },
  // More newsletter and follow prompts: "Sign up for the Daily Brief", "Get the latest … in your inbox", "Like us on Facebook".
  { name: 'prompt-more', re: /^(?:sign up (?:for|to) [^.!?]{2,60}(?:newsletter|briefing|brief|digest|alerts?|updates)[^.!?]{0,40}[.!]?|sign up here\.?|newsletter sign-?up|get (?:the latest|our best|breaking)[^.!?]{0,60}in your inbox\.?|(?:like|follow) (?:us|[\p{L}\p{N}&' .-]{2,30}) on (?:facebook|twitter|x|linkedin|instagram|threads|youtube|tiktok|google news)(?:[,]? (?:and|or|&) (?:facebook|twitter|x|linkedin|instagram|threads|youtube|tiktok))*\.?|join (?:our|the) [^.!?]{0,30}(?:whatsapp|telegram) (?:channel|group)[^.!?]{0,40}\.?|don['’]t miss (?:a|any) (?:story|stories|update|thing)[^.!?]{0,40}\.?)$/iu, message: 'Newsletter or social-media prompt left in the text.' },
  // A photo credit alone on its line: "Image: Getty Images", "Credit: Jane Doe/Bloomberg", "Image credit: Shutterstock".
  // Case is spelled out (with the i flag \p{Lu} would match any letter). Names only after the label, so a caption ("Image: Jose Mourinho has agreed a deal…") is not one; "Photo: …" is the credit
  // a print caption carries on its own line and stays.
  { name: 'credit-only', re: /^(?:[Ii]mages?|IMAGE|[Cc]redits?|CREDITS?|(?:[Ii]mage|[Pp]hoto|[Pp]icture|PHOTO|IMAGE) (?:[Cc]redits?|CREDITS?)|[Ii]llustration|[Cc]rédits? (?:[Pp]hoto|[Ii]mage)|[Cc]rédit)\s?:\s?(?:[Cc]ourtesy(?: of)? )?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?:(?: ?\/ ?| via | for | \| |, | & | and | )(?:[Cc]ourtesy(?: of)? )?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*){0,7}$/u, message: 'Photo credit without its photo left in the text.' },
  // Social counters: "12 Shares", "1.2K views", "Shares 340".
  { name: 'social-count', re: /^(?:\d[\d.,]*\s?[kKmM]?\s(?:shares?|likes?|views?|reactions?|partages?|vues)|(?:shares?|likes?|views?|partages?)\s?:?\s?\d[\d.,]*\s?[kKmM]?)$/i, message: 'Social-share counter left in the text.' },
  // More skip links and audio-player labels: "Skip to main navigation", "Listen to this story", "Audio available".
  { name: 'skip-audio', re: /^(?:skip to (?:main )?(?:navigation|content|article|search|footer)|jump to (?:main )?content|listen to (?:this|the) (?:story|article|podcast)(?:\s*[·•|-]?\s*\d{1,3}(?::\d{2})? ?(?:min|mins|minutes?)?)?|(?:\d{1,3}\s?(?:min|mins|minutes?)|\d{1,3}-minute) (?:listen|read)|listen\s*[·•|-]?\s*\d{1,3}(?::\d{2})? ?(?:min|mins|minutes?)|audio (?:available|version)|lecture\s*:?\s*\d{1,3}\s?min(?:utes?)?)$/iu, message: 'Reading-time, audio-player or skip-link label left in the text.' },
  // Wiki and document-viewer chrome: "[edit]", "From Wikipedia, the free encyclopedia", "You are on page 1of 10".
  { name: 'viewer-chrome', re: /^(?:\[(?:edit|edit source|modifier|bearbeiten|editar|hide|show)\]|from wikipedia, the free encyclopedia|(?:de|aus) wikip[eé]dia[^.]{0,40}|you are (?:on|viewing|reading) page \d+ ?(?:of|\/) ?\d+|page \d+ of \d+)$/iu, message: 'Wiki or document-viewer labels left in the text.' },
  // Newsletter and account calls to action: "Stay ahead of the market.", "Get curated U.S. market news … delivered to your inbox.",
  // a metered-paywall prompt ("Get 1 more page view just for clicking"), a support line ("Questions? Call (888) 845-2887").
  { name: 'call-to-action', re: /^(?:stay (?:ahead|informed|up to date|in the know|on top)(?: of [^.!?]{2,40})?[.!]?|never miss (?:a|an) [^.!?]{2,30}[.!]?|get [^!?]{2,100}? delivered (?:straight |directly |right )?to your inbox[^.!?]{0,30}[.!]?|get \d+ (?:more|free) (?:page views?|articles?|stories)\b[^.!?]{0,60}|to (?:like|follow) us on (?:facebook|twitter|x|linkedin|instagram)\.?|(?:questions|need help)\? ?(?:call|contact|email|e-mail)\b[^]{3,60})$/iu, message: 'Newsletter, account or paywall prompt left in the text.' },
  // A "Published" / "Updated" widget whose date was not scraped: the label alone.
  { name: 'empty-stamp', re: /^(?:published|updated|last updated|posted|modified)\s*:?$/i, message: 'A date widget lost its date; only its label is left.' },
  // French newsletter, related-story and ad prompts: "Recevez chaque jour…", "Lire aussi : …", "Publicité".
  { name: 'prompt-fr', re: /^(?:(?:recevez|inscrivez-vous|abonnez-vous|à lire aussi|a lire aussi|lire aussi|voir aussi|sur le même sujet|lire la suite)\b[^.!?]{0,120}|publicité)$/iu, message: 'Newsletter prompt, ad label or related-story link left in the text.' },
  // Blog-archive and feed-mirror headings: "Monthly Archives: May 2021", "Category Archives: Startups", "Channel: Startups",
  // "Viewing all 5208 articles", "Browse latest View live", "Showing 1-10 of 240 results". A label, a colon and a short name, or a count of listed items.
  { name: 'archive-feed', re: /^(?:(?:daily|monthly|yearly|annual|category|tag|author|date) archives?\s*:?\s*[^.!?]{1,60}|archives? (?:for|of)\s*:?\s*[^.!?]{1,60}|(?:channel|feed|categor(?:y|ies)|filed under|tags|tagged(?: with)?)\s?:\s?[^.!?:]{1,60}|viewing (?:all )?\d[\d,]* (?:articles|posts|stories|items|entries|results)|browse latest(?: view live)?|view live|(?:showing|displaying) (?:results? )?\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)? of \d[\d,]*(?: (?:results|articles|posts|items|entries))?)$/iu, message: 'Archive or feed-page heading left in the text.' },
  // Browse calls to action under or after the text: "Explore more articles in the Business category", "Discover more from Fintech Weekly",
  // "View all posts by Jane Doe", "See more stories in Tech". An imperative, "more/all/other", what is listed and where from
  // ("Read the latest news & blogs" in a product tour names a feature, not a link).
  { name: 'browse-cta', re: /^(?:(?:explore|discover|browse|see|view|find|read) (?:more|all|other)(?: [\p{L}-]+){0,2}? (?:articles|stories|news|posts|content|coverage|videos|reports|episodes)(?: (?:in|from|on|by|about|like|at|of) [^.!?]{2,60})?|discover more from [^.!?]{2,60}|more (?:articles|stories|posts) (?:in|from|on|about) [^.!?]{2,60})[.!]?$/iu, message: 'A “more articles” link left in the text.' },
  // Reader prompts that ask for a subscription or a share on a condition: "If you enjoy reading this, please subscribe and share!",
  // "Enjoyed this article? Share it with a friend.", "Thanks for reading Fintech Weekly! Subscribe for free to receive new posts."
  { name: 'reader-prompt', re: /^(?:if you (?:enjoy|enjoyed|like|liked|love|loved|found|find|appreciate|appreciated|value)\b[^.!?]{0,80}?,\s*(?:(?:please|then|why not|do|consider)\s+)*|(?:did you )?(?:enjoy|enjoyed|like|liked|love|loved) (?:this|the|reading|what you)[^.!?]{0,40}\?\s*(?:(?:please|then|why not|do|consider)\s+)*|like what you (?:read|see)\??\s*(?:(?:please|then|why not|do|consider)\s+)*|thanks? (?:you )?for reading\b[^.!?]{0,60}[.!]\s*(?:please\s+)?)(?:subscrib|shar|sign up|follow|support|forward|donat|tell|join|become|pass)\w*\b[^]{0,120}$|^subscribe (?:for free |now )?to (?:receive|get) (?:new )?(?:posts|updates|articles|stories|issues)\b[^]{0,80}$/iu, message: 'A “subscribe and share” prompt left in the text.' },
  // A tag line of "# Word" tokens, possibly after an article-type label: "Enquête Grand Est # Informatique # Capital".
  // Two tags or more, each "#" after a space ("C# and F#" is prose).
  { name: 'tag-line', re: /^[^#]{0,40}?(?:(?<=^|\s)#\s?[\p{L}\p{N}][\p{L}\p{N}'’&-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}'’&-]*){0,2}\s*){2,}$/u, message: 'Topic tags left in the text.' },
  // Account and share buttons in other languages: "S'abonner", "Se connecter", "Partager", "Teilen", "Compartir".
  { name: 'button-intl', re: /^(?:s['’]abonner|se connecter|connexion|partager|imprimer|commenter|abonnieren|anmelden|teilen|drucken|suscr[ií]bete|suscribirse|compartir|imprimir|iniciar sesi[oó]n|iscriviti|condividi|accedi|assine|compartilhar)$/iu, message: 'Button label left in the text.' },
  // Feed-mirror and blog-engine footers: "The post Acme raises $20M appeared first on TechNews.", "Read full article at Reuters",
  // "Go to Source", "Original Article". A re-poster's pointer back to where the story came from.
  { name: 'feed-footer', re: /^(?:read (?:the )?full (?:article|story|post)(?: here| (?:at|on|from) [^.!?]{2,60})?|go to (?:the )?(?:source|original)(?: article| story)?|original (?:article|story|post)|article link|continue reading (?:at|on) [^.!?]{2,60})[.!]?$/iu, message: 'A re-poster’s link back to the original story left in the text.' },
  // The blog-engine feed footer, in its own capitals: "The post <title> appeared first on <Site>." ("The post office appeared
  // first on the list" is prose: the site is a name).
  { name: 'feed-post-footer', re: /^The post .{3,200} appeared first on [\p{Lu}\p{N}][^,!?]{1,60}$/u, message: 'A re-poster’s link back to the original story left in the text.' },
  // Press-wire trailers: "View original content:https://…", "View source version on businesswire.com: https://…",
  // "Photo - https://mma.prnewswire.com/…", "SOURCE Acme Robotics" (the wire's capitalised label, then the issuer).
  { name: 'wire-trailer', re: /^(?:view original content(?: to download multimedia)?|view source version on [\w.-]+|(?:photo|logo|video|image)\s?[-–:])\s?:?\s?https?:\/\/\S+$/iu, message: 'Press-wire trailer (source and media links) left in the text.' },
  { name: 'wire-source', re: /^SOURCE [\p{Lu}\p{N}][^.!?]{1,80}$/u, message: 'Press-wire trailer (source and media links) left in the text.' },
  // Blog-engine share and comment widgets: "Share this:", "Like this:", "Like Loading...", "Click to share on Twitter (Opens in new window)",
  // "Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *", "Comments are closed.".
  { name: 'blog-widget', re: /^(?:share this:|like this:|like loading(?:\.{3}|…)|click to (?:share on|email|print|tweet|share)\b[^.!?]{0,60}|\(?opens in new window\)?|leave a reply(?: cancel reply)?|cancel reply|your email address will not be published\.?.{0,80}|required fields are marked \*?|comments are closed\.?|you must be logged in to post a comment\.?|post navigation|(?:add|post|write) a comment|be the first to comment\.?|no comments yet\.?|comments? \(\d+\)|show comments \(\d+\))$/iu, message: 'Share or comment widget left in the text.' },
  // Previous/next links: "Previous article", "Next post: Acme hires a CFO", "« Older posts", "Next →", "Load more". A bare
  // "Next" is a carousel button or a heading: too little to go by.
  { name: 'pager', re: /^(?:[←«‹<]\s*)?(?:previous|prev|next|older|newer)(?: (?:article|story|post|entry|page|posts|entries|stories))(?:\s*[→»›>])?(?:\s*:\s*.{3,150})?$|^[←«‹<]\s*(?:previous|next)$|^(?:previous|next)\s*[→»›>]$|^(?:load|show|view|see) more$/iu, message: 'Previous/next links left in the text.' },
  // Sponsor and ad labels with a name: "Sponsored by Acme", "Promoted By Zergnet", "Paid Post", "Partner Content". The name is
  // capitalised and short ("Presented by the CEO, the plan …" is prose), so case is spelled out (no i flag).
  { name: 'sponsor-label', re: /^(?:[Ss]ponsored [Bb]y|SPONSORED BY|[Pp]resented [Bb]y|PRESENTED BY|[Pp]romoted [Bb]y|PROMOTED BY|[Bb]rought to you by|[Ii]n partnership with|[Pp]aid for by) [\p{Lu}\p{N}][^.!?,]{0,40}$|^(?:[Pp]aid [Pp]ost|[Pp]aid [Cc]ontent|PAID POST|[Pp]artner [Cc]ontent|PARTNER CONTENT|[Pp]romoted(?: [Cc]ontent| [Ss]tories)?|PROMOTED|[Aa]d [Ff]eedback|[Aa]dvertiser [Cc]ontent|[Aa]dvertorial)$/u, message: 'Sponsor or ad label left in the text.' },
  // Paywall and trial prompts: "Read the full article – start your free trial", "Subscribe to continue reading",
  // "Create a free account to continue reading", "You've read 3 of 5 free articles", "Already have an account? Sign in".
  { name: 'paywall-more', re: /^(?:start your free trial\b[^]{0,60}|read the full (?:article|story)\s*[-–—:]\s*[^]{0,80}|(?:subscribe|sign up|register) (?:now |today )?(?:for free )?to (?:continue reading|read the (?:full|rest)|keep reading|get (?:full|unlimited) access)\b[^]{0,80}|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register|create)\b[^]{0,80}|this (?:article|story|content) is (?:for|reserved for|exclusive to|only available to) (?:paid )?(?:subscribers|members|premium)\b[^]{0,60}|(?:unlock|get) (?:unlimited|full|premium) (?:digital )?access\b[^]{0,80}|you(?:'|’)ve (?:read|reached|used) (?:your |all your |\d+ of (?:your )?\d+ )?(?:free )?(?:articles?|stories)\b[^]{0,80}|create (?:a |your )?free account to (?:continue|read|keep)\b[^]{0,80}|already have an account\??\s*(?:sign ?in|log ?in)?\.?)$/iu, message: 'Paywall prompt left in the text.' },
  // Page-feedback and correction widgets: "Was this article helpful?", "Rate this article", "Report an error".
  { name: 'feedback-widget', re: /^(?:rate this (?:article|story|post)|was this (?:article|page|story|post|information) (?:helpful|useful)\??|did you (?:find|like) this (?:article|story|post)(?: (?:useful|helpful))?\??|how (?:useful|helpful) was this (?:article|post)\??|report an? (?:error|typo|issue|correction)|submit a correction|(?:print|email|e-mail|save|bookmark) this (?:article|story|page|post))$/iu, message: 'Feedback or tool widget left in the text.' },
  // Audience-count join prompts: "Join 50,000+ founders who read Robot Weekly", "Join our mailing list".
  { name: 'join-prompt', re: /^join (?:over |more than )?\d[\d,.]*\s?[kK]?\+? (?:other )?(?:subscribers|readers|founders|investors|professionals|members|executives|marketers)\b[^]{0,100}|^join (?:our|the) (?:mailing list|newsletter|community)\b[^.!?]{0,60}[.!]?$/iu, message: 'Newsletter or community prompt left in the text.' },
  // News-site footers and tip lines: "Our Standards: The Thomson Reuters Trust Principles.", "Got a confidential news tip? We want to hear from you."
  { name: 'site-footer', re: /^(?:our standards:? the thomson reuters trust principles\.?(?:,? opens new tab)?|(?:got|have) a (?:confidential )?(?:news )?tip\?[^]{0,120}|opens new tab)$/iu, message: 'Site footer or tip line left in the text.' },
  // Copyright and rights lines: "© 2024 TechCrunch. All rights reserved. For personal use only.", "Copyright 2023 Acme Media",
  // "RoboWire Media. All rights reserved.", "Tous droits réservés". A line about copyright law starts with the word, not with "©" or
  // "Copyright <year>"; the rights phrase opens the line or follows a full stop, a dash, a comma or a year.
  { name: 'rights-line', re: /^(?:©|\(c\)|copyright)\s?(?:©\s?|\(c\)\s?)?\d{4}\b[^]{0,150}$|^(?:[^!?]{0,80}?(?:[.,©–-]\s?|\d{4}\s))?(?:all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten)\b[^]{0,100}$/iu, message: 'Copyright or rights notice left in the text.' },
  // French paywall badges and prompts: "Article réservé aux abonnés", "Cet article vous est offert", "Pour lire gratuitement cet
  // article réservé aux abonnés, connectez-vous", "Vous n'êtes pas inscrit sur Le Monde ?", "Déjà abonné ? Se connecter".
  { name: 'paywall-fr', re: /^(?:(?:cet )?(?:article|contenu) réservé aux abonnés|réservé aux abonnés|cet article vous est offert|pour lire (?:gratuitement )?cet article\b[^.!?]{0,80}|vous n['’]êtes pas (?:encore )?(?:inscrit|abonné)\b[^.!?]{0,60}\??|déjà abonné\s?\?.{0,40}|la suite (?:de cet article )?est réservée aux abonnés\b[^.!?]{0,40}|il vous reste \d+% de cet article à lire\b[^]{0,60}|connectez-vous)[.!]?$/iu, message: 'Paywall prompt left in the text.' },
  // A platform's app promotion and its buttons' accessibility text: "Get the Medium app", "A button that says 'Download on the App Store', …".
  { name: 'app-promo', re: /^(?:get the [\p{L}\p{N}&'’.-]{1,30}(?: [\p{L}\p{N}&'’.-]{1,30}){0,2} app|download on the app store|get it on,? google play|a button that says ['"‘“][^]{3,200})$/iu, message: 'An app promotion left in the text.' },
  // Tag labels and feed lead-ins: "More About: twitter", "Topics: AI, fintech", "Mots-clés : …", "For more Social Media coverage:".
  // Not "For more information:": a press release's contact block follows it.
  { name: 'tag-label', re: /^(?:more (?:about|on)|topics?|related topics|keywords|mots[- ]clés|sujets?|thèmes?)\s?:\s?[^.!?:]{1,80}$|^for more [^.!?:]{0,40}\b(?:coverage|news|stories|updates|articles|content)\s*:?$/iu, message: 'Topic tags or a feed’s lead-in left in the text.' },
  // Blog-engine post footers ("Label: Warner Records" in a fact box is a field, Blogger's "Labels:" is plural): "Labels: startups, funding", "Posted in Startups | Tagged AI", "Subscribe to: Post Comments (Atom)",
  // "Newer Post Older Post Home", "Email This BlogThis! Share to Twitter Share to Facebook", "(Visited 1,234 times, 1 visits today)".
  { name: 'blog-footer', re: /^(?:labels\s?:\s?[^.!?:]{1,80}|posted in \p{Lu}[^.!?]{0,60}|subscribe to:? post comments(?: \(atom\))?|newer post(?: ?older post)?(?: ?home)?|older post(?: ?home)?|newer posts|older posts|email this ?blogthis!?(?: ?share to [\p{L}]+){0,6}|\(?visited \d[\d,]* times?(?:, \d[\d,]* visits? today)?\)?)$/iu, message: 'Blog-engine footer (labels, post links, counters) left in the text.' },
  // French buttons and widget labels: "Réagir", "Ajouter à mes favoris", "Partager l'article", "Retour en haut", "Contenu sponsorisé",
  // "Offrir cet article", "Écouter cet article", "Suivez-nous sur …",
  // "Voir les commentaires", "Copier le lien", "Mon compte".
  { name: 'widget-fr', re: /^(?:réagir|ajouter à (?:mes|vos) (?:favoris|sélections?)|partager (?:l['’]article|cet article|la page)|retour en haut(?: de (?:la )?page)?|contenu (?:sponsorisé|partenaire)|article sponsorisé|publi-?rédactionnel|offrir cet article|écouter cet article|suivez-nous(?: sur [\p{L}\p{N} ,&'’-]{2,60})?|voir (?:les|tous les) commentaires|commentaires?|copier le lien|mon compte|rechercher|fermer|s['’]inscrire|newsletter|lire plus tard|sauvegarder|envoyer par e-?mail)$/iu, message: 'Button label left in the text.' },
  // Platform sign-up promos: "Sign up to discover human stories that deepen your understanding of the world.", "Distraction-free reading. No ads."
  { name: 'platform-promo', re: /^(?:sign up to discover [^]{5,120}|distraction-free reading\.? no ads\.?|organize your knowledge with lists and highlights\.?|tell your story\.? find your audience\.?|\d[\d.,]*[kK]? followers?(?: · \d[\d.,]*[kK]? following)?)$/iu, message: 'Platform promotion left in the text.' },
  // A follow row with its networks: "Follow Backchannel: Twitter |Facebook", "Suivez-nous : Facebook, LinkedIn".
  { name: 'follow-row', re: /^(?:follow|suivez|connect with)(?: us| nous| [\p{L}\p{N}&'’.-]{2,30}){0,3}\s?:\s?(?:(?:twitter|x|facebook|linkedin|instagram|youtube|tiktok|threads|bluesky|mastodon|rss|newsletter|e-?mail)(?:\s*[|,•·/]\s*|\s+|$))+$/iu, message: 'Social-media follow links left in the text.' },
  // French share buttons with their network: "Partager sur Facebook", "Partager sur Twitter Envoyer par e-mail".
  { name: 'share-fr', re: /^(?:(?:partager|envoyer|imprimer|tweeter|copier le lien)(?: (?:sur|par|via) (?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|messenger|bluesky|threads|pinterest))?[\s,|•·/]*){1,6}$/iu, message: 'Share buttons left in the text.' },
  // Page-end widgets: "Back to Top ↑", "Scroll to top", "Print Article", "Report this ad", "Like this: Like Loading…", "Proudly powered by WordPress".
  { name: 'page-end-widget', re: /^(?:(?:back|scroll|return|go) to top(?:\s*[↑⬆^▲])?|print (?:article|story|page)|report this ad|like this:\s?like loading(?:\.{3}|…)?|(?:proudly )?powered by (?:wordpress|blogger|ghost|substack|medium|squarespace|wix|tumblr|drupal|joomla)\.?)$/iu, message: 'Button or footer label left in the text.' },
  // Plugin and form residue: "Print Friendly, PDF & Email", a sign-up form's field labels ("Email address", "First name*"),
  // "Advertisement - Continue Reading Below", "ADVERTISEMENT SCROLL TO CONTINUE READING".
  { name: 'plugin-form', re: /^(?:print friendly,? pdf (?:&|and) email|(?:your )?e-?mail(?: address)?\s?\*?|(?:first|last|full) name\s?\*?|advertisement\s*[-–—:]?\s*(?:continue reading below|scroll (?:down )?to continue(?: reading)?))$/iu, message: 'Plugin, form or ad residue left in the text.' },
  // More French paywall lines: "Vous lisez un article réservé aux abonnés.", "Cet article est réservé aux abonnés".
  { name: 'paywall-fr-more', re: /^(?:vous (?:lisez|consultez) (?:un|cet) article réservé aux (?:abonnés|membres)|cet article est réservé aux (?:abonnés|membres)\b[^.!?]{0,60})[.!]?$/iu, message: 'Paywall prompt left in the text.' },
  // Platform and newsletter buttons: "Member-only story", "Give a gift subscription", "Upgrade to paid", "Type your email…",
  // "Follow", "Listen" alone on their line. Not "Learn more": a product page's own link under each feature.
  { name: 'platform-button', re: /^(?:member-only story|give a gift subscription|upgrade to paid|type your email(?:…|\.{3})?|follow|listen|click here to (?:subscribe|sign up|register|download|join|read more|learn more)\b[^.!?]{0,60}[.!]?|sign up (?:now|today)\b[:.!]?[^]{0,120}|subscribe to [\p{L}\p{N} .&'’-]{2,40})$/iu, message: 'Button or sign-up label left in the text.' },
];

/** A feed or site copyright notice at the head of a paragraph, up to where the content starts ("Copyright law …" is prose: the word needs a © or a year). */
const COPYRIGHT_PREFIX = /^(?:版权所有|copyright\s?(?:©|\(c\)|\d{4})|©|\(c\) |all rights reserved)[^<\n]{0,60}?(?=\s+(?:<|https?:\/\/)|$)/iu;

/** The masthead's date line: "Tuesday, May 31, 2011". Masthead furniture only next to a cover price. */
const MASTHEAD_DATE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}$/i;
const MASTHEAD_REACH = 3;
const MASTHEAD_MESSAGE = 'Print masthead furniture (date, address or cover price) left in the text.';

/** A date widget's label with no date. */
const EMPTY_STAMP = /^(?:published|updated|last updated|posted|modified)\s*:?$/i;

/** Calls to action longer than this are prose that mentions a newsletter. */
const MAX_CTA_LENGTH = 320;

/**
 * Sign-up and account prompts written as sentences: "If this was forwarded to
 * you, sign up here.", "Create your account for free …", "… delivered to your
 * inbox." Second-person imperative phrasing only: a report that "users create
 * an account" or "readers signed up" is not one.
 */
const CTA_PHRASE = /\b(?:if this (?:email |newsletter )?was forwarded to you|(?:were|was) you forwarded this|sign up here|subscribe here|create (?:your|a free) account|delivered (?:straight |directly |right )?to your inbox)\b/i;
/**
 * A promotional imperative ending in "!": "Visit Finnovating to connect with
 * over 8k investors … and begin to grow your company!". An emoji (or its
 * garbled bytes) may lead it.
 */
const CTA_IMPERATIVE = /^(?:[^\p{L}\p{N}\s]{1,4}\s|[^\p{Script=Latin}\p{N}\s]{1,4}\s)?(?:visit|join|sign up|subscribe|register|download|create|try) [^.!?]{10,200}!$/iu;

function isCallToAction(p: string): boolean {
  return !/[“”"]/u.test(p) && (CTA_PHRASE.test(p) || CTA_IMPERATIVE.test(p));
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

/** Headers whose following short lines are a link list ("Related stories:" + headlines). */
const LIST_HEADER = /^(?:related(?: stories| articles| content| coverage| news| links| posts| reading)?|more (?:stories|news|on this|from [\p{L}\p{N} .&'’-]{2,30}|in [\p{L} &'’-]{2,30})|read more|read next|what to read next|recommended(?: stories| for you| reading)?|see also|you (?:may|might) also like|also read|read also|latest(?: news| stories)?|don['’]t miss|most (?:popular|read|viewed)(?: (?:from|on|in) [\p{L}\p{N} .&'’-]{2,30})?|trending(?: now| stories)?|top stories|editor['’]?s picks|(?:à|a) lire aussi|lire aussi|sur le même sujet|dans la même rubrique|les plus lus|nos articles|ailleurs sur le web)\s*:?$/iu;

/** A link headline: short, no final full stop. */
function isLinkHeadline(p: string): boolean {
  const words = wordCount(p);
  return words >= 3 && words <= 22 && !/[.!?]["'”’]?$/.test(p) && /^["'‘“\p{Lu}\p{N}]/u.test(p);
}

/** Short navigation-menu items: one to four capitalised words, nothing else. */
const MENU_ITEM = /^(?:\p{Lu}[\p{L}'’.-]*)(?: (?:\p{Lu}[\p{L}'’.-]*|&|and|of|de|van|von)){0,3}$/u;
/** Fewer consecutive menu items than this is a list or a name, not a menu. */
const MIN_MENU_RUN = 6;

export function findBoilerplate(doc: ArticleDoc): Finding[] {
  const flagged: Array<{ i: number; j: number; message: string }> = [];
  const prefixes: Finding[] = [];
  const n = doc.paragraphs.length;
  for (let i = 0; i < n; i++) {
    const p = doc.paragraphs[i]!;
    if (p.length > 220) {
      const c = COPYRIGHT_PREFIX.exec(p);
      if (c && c[0].length >= 4) prefixes.push(copyrightPrefix(doc, i, c[0].length));
      continue;
    }
    if (LIST_HEADER.test(p)) {
      let j = i;
      while (j + 1 < n && isLinkHeadline(doc.paragraphs[j + 1]!) && j - i < 10) j++;
      flagged.push({ i, j, message: j > i ? '“Related” link list left in the text.' : 'Website module heading left in the text.' });
      i = j;
      continue;
    }
    const label = labelOf(p);
    if (label) {
      flagged.push({ i, j: i, message: label.message });
      continue;
    }
    const c = COPYRIGHT_PREFIX.exec(p);
    if (c && c[0].length >= 4) prefixes.push(copyrightPrefix(doc, i, c[0].length));
    // Navigation menu: a run of bare names or section labels.
    if (MENU_ITEM.test(p.trim())) {
      let j = i;
      while (j + 1 < n && MENU_ITEM.test(doc.paragraphs[j + 1]!.trim())) j++;
      // Menus sit at the edges of the extracted text; a run mid-body is a list, table or diagram.
      if (j - i + 1 >= MIN_MENU_RUN && (i === 0 || j === n - 1)) {
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
  for (const a of supportAppeals(doc)) {
    if (known.has(a.i)) continue;
    for (let k = a.i; k <= a.j; k++) known.add(k);
    prefixes.push({ kind: 'boilerplate', start: doc.starts[a.i] ?? 0, end: a.end, message: 'A donation or membership appeal (site furniture) left in the text.', fix: '' });
  }
  for (const i of strayTimestamps(doc)) if (!known.has(i)) { known.add(i); flagged.push({ i, j: i, message: 'An “Updated” time stamp was left inside the text.' }); }
  for (const c of chromeLines(doc, isFurnitureLine)) if (!known.has(c.i)) { known.add(c.i); flagged.push({ i: c.i, j: c.i, message: c.message }); }
  for (const i of breadcrumbLines(doc)) if (!known.has(i)) { known.add(i); flagged.push({ i, j: i, message: 'A breadcrumb or section label glued to a copy of the headline.' }); }
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

function labelOf(p: string): (typeof LABELS)[number] | undefined {
  const inner = DECORATED.exec(p)?.[1] ?? LABEL_COLON.exec(p)?.[1];
  return LABELS.find((l) => (l.re.test(p) || (inner !== undefined && l.re.test(inner))) && !(l.name === 'breadcrumb' && FIGURE_FIELD.test(p)));
}

/** Used by other detectors: is this paragraph furniture by the label rules alone? */
export function isFurnitureLine(p: string): boolean {
  return p.length <= 220 && (LIST_HEADER.test(p) || labelOf(p) !== undefined);
}

/**
 * A teaser headline of a "More from X" block: five to twenty-two words, no
 * sentence punctuation at its end (a question mark is a headline's), starting
 * with a capital, a digit or a quote, and naming something (a second capital
 * or a figure), so a list item ("robots for warehouses and ports") is not one.
 */
function isTeaserHeadline(p: string): boolean {
  const words = wordCount(p);
  if (words < 5 || words > 22 || p.length > 200) return false;
  if (/[.,;:…]["'”’)]*$/u.test(p) || !/^["'‘“\p{Lu}\p{N}]/u.test(p) || /^(?:by|par|posted|updated|published)\b/i.test(p)) return false;
  return /\s["'‘“]?[\p{Lu}\p{N}$€£]/u.test(p);
}

/** Title Case: most longer words capitalised ("Acme Raises $20 Million For Robots"). */
function isTitleCase(p: string): boolean {
  const long = p.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length >= 3 && caps * 3 >= long.length * 2;
}

/** After the body this many teaser headlines in a row are a related-stories block; inside it, more (and Title Case). */
const MIN_TAIL_TEASERS = 3;
const MIN_BODY_TEASERS = 4;

/**
 * Unlabelled related-story blocks: runs of teaser headlines after the
 * article's last paragraph of prose, or (a longer run, all Title Case)
 * between two paragraphs of it. A run after a line ending in a colon is the
 * article's own list.
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
    const afterColon = /:["'”’)]*$/u.test(ps[i - 1] ?? '');
    const tail = i > lastProse;
    const run = j - i + 1;
    let titled = true;
    for (let k = i; k <= j && titled; k++) titled = isTitleCase(ps[k]!);
    if (!afterColon && ((tail && run >= MIN_TAIL_TEASERS) || (!tail && run >= MIN_BODY_TEASERS && titled))) {
      for (let k = i; k <= j; k++) out.push({ i: k, j: k, message: 'Headlines of other stories (a “More from” block) left in the text.' });
    }
    i = j;
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
function strayTimestamps(doc: ArticleDoc): number[] {
  const ps = doc.paragraphs;
  const firstProse = ps.findIndex(isBodyProse);
  const out: number[] = [];
  if (firstProse < 0) return out;
  // Right after a paragraph of prose: a stamp under a headline or a "Published:" line opens another story block (merged-stories).
  for (let i = firstProse + 1; i < ps.length; i++) if (ps[i]!.length <= 80 && TIMESTAMP.test(ps[i]!) && isBodyProse(ps[i - 1]!)) out.push(i);
  return out;
}

/**
 * The opening or closing line of a reader-revenue appeal box: "Your support
 * helps us to tell the story", "Your support makes all the difference.",
 * "Support independent journalism", "Make a donation", "We need your help".
 * The site asks the reader for money; the article never does.
 */
const APPEAL_LINE = /^(?:your (?:support|donation|contribution|generosity|gift) (?:helps?|allows?|makes?|keeps?|means?|enables?|powers?|funds?|matters)\b|(?:please )?support (?:independent|quality|our|local|trusted|fearless|nonprofit|non-profit|public[- ]interest)\b[^.!?]{0,40}?\b(?:journalism|reporting|newsroom|work)\b|help (?:us )?(?:keep|fund|support|sustain)\b[^.!?]{0,50}?\b(?:journalism|reporting|newsroom|free|independent)\b|(?:make|give) a (?:donation|contribution|gift)\b|donate (?:now|today)\b|become a (?:member|supporter|patron) (?:today|now)\b|we need your (?:support|help)\b|(?:can|will) you (?:support|help) us\b)/i;
/** The appeal speaks to the reader in the site's voice. */
const READER_ADDRESS = /\b(?:we|our|us|you|your)\b/i;
/** What an appeal paragraph talks about. */
const APPEAL_WORD = /\b(?:your (?:support|donation|contribution|help|gift)|donat\w*|contribut\w*|paywalls?|support (?:us|our)|journalis\w*|reporters?|reporting|newsroom|subscri\w*|membership|afford)\b/i;
/** A quotation or a reported speech: an appeal the article reports on, not one the site prints. */
const REPORTED = /[“”"]|\b(?:said|says|told|argued|argues|wrote|writes|according|noted|added|stated)\b/i;
/** An appeal's opening line is a heading or one short sentence ("Support independent journalism"). */
const MAX_APPEAL_HEAD_WORDS = 12;
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
    if (head.length > MAX_APPEAL_LINE || !APPEAL_LINE.test(head) || REPORTED.test(head)) continue;
    if (wordCount(head.split(SENTENCE_END, 1)[0]!) > MAX_APPEAL_HEAD_WORDS) continue;
    let j = i;
    let end = (doc.starts[i] ?? 0) + head.length;
    // A closing appeal line within reach, every paragraph before it in the site's voice.
    for (let k = i + 1; k < ps.length && k - i <= MAX_APPEAL_PARAGRAPHS; k++) {
      const p = ps[k]!;
      if (REPORTED.test(p) || !READER_ADDRESS.test(p)) break;
      if (APPEAL_LINE.test(p)) {
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
